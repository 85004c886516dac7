/**
 * Everyday English words. When a question uses one of these and the knowledge never does, that
 * absence says little ("took part", "happened"), so it weighs less against confidence than a
 * missing rare word ("boiling point", "autumn"), which marks a question the knowledge cannot answer.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `able across act action actually add address after age ago agree ahead allow almost alone along
  already although always among amount another answer anyone anything appear apply area around arrive
  ask away back bad base be bear become begin behind believe best better big bit body book both bring
  build business buy call came can care carry case cause center centre certain change check choose
  city claim clear close come common company complete concern consider continue control could country
  course cover create cut day deal decide describe detail develop die different do door down
  draw during each early easy eat effect else end enough enter even event ever every exactly example
  expect experience explain face fact fall family far feel few field fill final find follow
  form forward free friend front full game general get give go good great ground group
  grow hand happen happened hard have head hear help here high hold home hope hour house however huge
  idea important include increase indeed information inside instead interest involve issue item job
  join just keep kind know known large late later lead learn least leave left less let level
  life light like likely line little live local long look lose lot love low main major make man manage
  many matter may maybe mean member mention might mind minute miss moment money month more morning
  most move much must name near need never nice night none note nothing notice number occur
  offer office often old once one only open order other outside over own part particular party pass
  past pay people perhaps person pick piece place plan play point possible power present pretty
  probably problem produce provide public pull purpose put question quite rather reach read ready
  real really reason receive record remain remember report require rest result return right
  role room run same save say school second see seem sell send sense serve set several share short
  should show side simple since sit small social someone something sometimes soon sort speak special subject summary gist
  stand start state stay still stop story street strong study such suggest support suppose sure take
  talk team tell term than thing think though thought through time today together took top topic topics total
  toward towards try turn type under understand until use usual usually various view wait walk want
  watch water way week well went whole why wide will win wish woman word work world write year yes
  young attend attended participate discuss announce publish release happen mention stuff
  today tomorrow yesterday involve involved involves contribute contributed contributes participated
  included concern concerned related relate position positions post title`.split(/\s+/),
);
