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
  ['begin', 'start', 'launch', 'establish', 'founded', 'create'],
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

/**
 * Words that ask for whoever holds the top post of an organisation, whatever its title is called
 * there. They reach the titles (a "chief" is a Director, a President, a Secretary-General…), but
 * not the other way round: "who chairs X" is not answered by X's Director. A chair leads a group of
 * organisations, not one, so "head of UNHCR" does not reach ICAT's co-chairs.
 */
export const GENERIC_TO_SPECIFIC: Readonly<Record<string, readonly string[]>> = {
  head: ['director', 'president', 'secretarygeneral', 'executive', 'commissioner'],
  chief: ['director', 'president', 'secretarygeneral', 'executive', 'commissioner', 'head'],
  leader: ['director', 'president', 'secretarygeneral', 'executive', 'head'],
  boss: ['director', 'president', 'secretarygeneral', 'executive', 'head'],
  lead: ['director', 'president', 'secretarygeneral', 'executive', 'head'],
};


/**
 * Titles of posts ("chair", "director", "envoy"). In a "who" question the title is what is asked:
 * an answer must name that post (or, for a generic word like "head", one of the titles it reaches).
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  `chair chairs chaired chairing cochair chairperson chairman chairwoman chairmanship president director head heads headed chief
  leader leads led boss secretary secretarygeneral coordinator coordinates representative rapporteur commissioner minister
  ambassador envoy executive officer ceo manager spokesperson founder facilitator trustee trustees patron`.split(/\s+/),
);
