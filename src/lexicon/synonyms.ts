/**
 * Groups of everyday words that ask for the same thing, so "When did the CBSS become a member?"
 * finds "joined". General English only: names and abbreviations of the domain live in the
 * knowledge folder (front matter `aliases` and glossaries), not here. A synonym counts for less
 * than the word itself.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['join', 'joined', 'member', 'membership', 'admit', 'admitted', 'enter', 'accede', 'accession'],
  ['chair', 'cochair', 'chairmanship'],
  ['fight', 'combat', 'combating', 'tackle', 'counter', 'address', 'confront', 'stop', 'prevent'],
  ['goal', 'aim', 'objective', 'priority', 'focus', 'pillar', 'target'],
  ['child', 'children', 'kid', 'kids', 'minor', 'minors'],
  ['woman', 'women', 'girl', 'girls', 'female'],
  ['victim', 'survivor'],
  ['country', 'state', 'nation'],
  ['organisation', 'organization', 'agency', 'body', 'entity', 'institution'],
  ['meeting', 'conference', 'summit', 'session', 'gathering'],
  ['statement', 'speech', 'remark', 'remarks', 'address'],
  ['say', 'speak', 'state', 'remark', 'emphasise', 'highlight', 'stress', 'note', 'mention', 'represent'],
  ['coordinate', 'coordinator', 'run', 'manage', 'oversee', 'convene', 'lead'],
  ['recommend', 'recommendation', 'propose', 'suggest', 'advise', 'identify'],
  ['cooperation', 'collaboration', 'partnership', 'coordination'],
  ['plan', 'strategy', 'programme', 'program', 'roadmap'],
  ['begin', 'start', 'launch', 'establish', 'found', 'create'],
  ['common', 'frequent', 'prevalent', 'typical', 'widespread', 'detected'],
  ['fraction', 'share', 'proportion', 'percentage', 'percent'],
  ['help', 'assist', 'support'],
  ['technology', 'tech', 'digital', 'online', 'internet'],
  ['job', 'role', 'position', 'title', 'post'],
  ['form', 'type', 'kind', 'sort'],
  ['cause', 'driver', 'drivers', 'reason'],
  ['punish', 'prosecute', 'accountable', 'accountability', 'justice'],
  ['newest', 'latest', 'new'],
  ['sign', 'endorse', 'adopt', 'approve'],
];
