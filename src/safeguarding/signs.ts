import { phrase, type Phrase } from './phrases.js';

/*
 * The words the safeguarding guard listens for, grouped by what they are a sign of. The guard
 * fires on a combination (signs of control + a particular person + no knowledge framing), never
 * on one word, so each list can be generous.
 */

const DOCUMENTS = 'passport|passports|documents|document|papers|id|ids|visa|visas|phone|phones|identity|documentation|permit|card|cards';
const HOLDING = 'took|take|takes|taken|taking|keep|keeps|kept|keeping|hold|holds|held|holding|has|have|had|confiscated|confiscates|confiscate|confiscating|stole|stolen|steal|steals|withhold|withholds|withheld|withholding|seized|seize|seizes|removed|collected|collects|locked|hid|hides|hidden|hide';
const MONEY = 'money|wages|wage|earnings|pay|salary|tips|income|savings';
const PERSON_NOUNS = [
  'neighbour', 'neighbor', 'neighbours', 'neighbors', 'friend', 'friends', 'sister', 'brother', 'cousin', 'cousins', 'daughter', 'son',
  'mother', 'mom', 'mum', 'father', 'dad', 'aunt', 'uncle', 'niece', 'nephew', 'wife', 'husband', 'girlfriend', 'boyfriend', 'partner',
  'colleague', 'colleagues', 'coworker', 'coworkers', 'co', 'housekeeper', 'nanny', 'maid', 'cleaner', 'cleaners', 'worker', 'workers',
  'employee', 'employees', 'girl', 'girls', 'boy', 'boys', 'woman', 'women', 'man', 'men', 'kid', 'kids', 'child', 'children',
  'teenager', 'teenagers', 'teen', 'teens', 'lady', 'ladies', 'guy', 'guys', 'family', 'roommate', 'flatmate', 'tenant', 'tenants',
  'student', 'students', 'classmate', 'client', 'patient', 'pair', 'caregiver', 'carer', 'labourer', 'laborer', 'labourers',
  'laborers', 'staff', 'waitress', 'waiter', 'nurse', 'boss', 'employer', 'landlord', 'grandmother', 'grandfather', 'stepdaughter',
  'stepson', 'relative', 'relatives', 'fiance', 'fiancee', 'baby', 'toddler', 'minor', 'minors', 'youngster', 'domestic', 'volunteer',
  'volunteers', 'housemate', 'housemates', 'teacher', 'pupil', 'pupils', 'mentee', 'tenant', 'lodger', 'guest', 'guests', 'resident', 'residents', 'helper', 'au', 'driver', 'fisherman',
  'fishermen', 'farmhand', 'farmworkers', 'picker', 'pickers', 'dancer', 'dancers', 'masseuse', 'model', 'models',
].join('|');

/** Signs that someone is controlled: cannot leave, documents or money taken, forced, locked in, threatened, in debt. */
export const CONTROL_SIGNS: readonly Phrase[] = [
  phrase('can|could|able not leave|go|escape|quit|exit|return|run|stop|get|refuse|say|move|come|contact|call|talk|speak|see|visit'),
  phrase('unable|afraid|scared|frightened|terrified|too leave|go|escape|quit|return|run|refuse|speak|talk|say|tell'),
  phrase('not|never|nobody|no|nor allowed|permitted|free', 2),
  phrase('not|never let|lets|letting', 1),
  phrase('stop|stops|stopped|stopping|prevent|prevents|prevented|preventing|keep|keeps|kept|keeping|forbid|forbids|forbidden|banned from|to', 3),
  phrase(`${HOLDING} ${DOCUMENTS}`, 4),
  phrase(`take|takes|took|taking|keep|keeps|kept|keeping|collect|collects|collected|collecting|withhold|withholds|withheld|owe|owes|hand|hands|handing|give|gives|giving|surrender|surrenders ${MONEY}`, 4),
  phrase('has|have|had|must to hand|give|work|pay|sleep|sell|beg|obey|stay|do', 1),
  phrase('take|takes|took|taking|keep|keeps|kept|keeping|collect|collects|collected everything|all|most|half earn|earns|earned|make|makes|made|gets|get', 4),
  phrase('not|never|no in|at|to|go|goes school|schooling|college', 2),
  phrase('work|works|working|worked all|every day|night|nights|week|hours', 2),
  phrase('hours a|per|every day|night', 0),
  phrase('begging|beg|begs'),
  phrase('child|children|kid|kids|minor|minors|underage|old|boy|girl working|works|work|labour|labor|labourer', 1),
  phrase('shouts|yells|screams|shouting|yelling|screaming at'),
  phrase('exhausted|malnourished|underage|underfed|hungry|starving|bruise|scars|scar|injury'),
  phrase('gives|give|giving|gave|gets|feeds her|him|me|them|us drugs|alcohol|pills', 1),
  phrase('lock|locks|locked|locking|bolt|bolts|bolted the|her|his|their|my|our door|doors|gate|room|rooms', 2),
  phrase('dropped|picked|driven|collected|transported|bussed|ferried off|up|by|in', 1),
  phrase('keep|keeps|keeping|kept|hold|holds|holding|held|lock|locks|locking|locked in|inside basement|room|house|flat|apartment|cellar|attic|garage|shed|container|camp|compound|hotel|caravan|trailer|building', 4),
  phrase('being|been|is|are|am|was|were held|kept|locked|detained|confined|imprisoned|caged|chained', 2),
  phrase('not|never|no|without|barely|hardly|unpaid paid|pay|wages|salary|money|payment', 2),
  phrase('unpaid'),
  phrase('forced|forcing|force|forces|coerced|coercing|coerce|pressured|pressuring|pushed|tricked|compelled|compelling|obliged|trapped to|into', 3),
  phrase('made|makes|making|make to|work|works|sleep|have|sell|beg|steal|stay|live|give|hand|dance|pay|do|meet|see|marry|entertain|serve|carry|deliver|stand|go', 1),
  phrase('meet|see|sleep|entertain|serve|please men|clients|customers|guys|strangers', 2),
  phrase(`not|never give|return|hand|show ${DOCUMENTS}`, 4),
  phrase('forced|compulsory labour|labor|marriage|married|prostitution|begging|criminality|work|sex', 0),
  phrase('locked|locks|lock|locking|shut|shuts in|up|inside|away|indoors'),
  phrase('locked|chained|confined|imprisoned|caged|captive|hostage|trapped|enslaved|stuck'),
  phrase('held|holding|hold|holds|kept|keeping|keep|keeps against will', 4),
  phrase('held|kept|keeping|holding|hold|keeps as captive|prisoner|prisoners|hostage|hostages|slave|slaves', 2),
  phrase('owe|owes|owed|owing|debt|debts|indebted|loan|bondage'),
  phrase('pay|paying|paid|repay|repaying|repaid|work|working back|off', 3),
  phrase('deport|deported|deporting|deportation|deports'),
  phrase('immigration|arrested|jailed|imprisoned'),
  phrase('answers|answer|answered|speaks|speak|talks|talk for her|him|them|me|us', 0),
  phrase('asking|asks|asked|ask|wants|wanted|demanding|demands|demanded|pressuring|pressures|pressured|begging for pictures|photos|nudes|images|videos|pics|selfies', 7),
  phrase('groomed|grooming|sextortion|sextorted|blackmailing|blackmails'),
  phrase('can|could not reach|contact|find|hear|call', 2),
  phrase('nobody|noone can|could|has|have reach|reached|contact|contacted|heard|find|found', 1),
  phrase('no one can|could|has|have reach|reached|contact|contacted|heard|find|found', 1),
  phrase('disappeared|vanished|missing|unreachable|lost contact|touch', 1),
  phrase('not|never heard from|back', 1),
  phrase('charged|charge|charges|charging|pay|paid fee|fees|deposit', 3),
  phrase('work|works|working|worked for nothing|free', 1),
  phrase('take|takes|took|sell|sells|sold|selling|buy|bought the|her|my|their|our baby|babies|newborn|child|children|kid|kids', 1),
  phrase('holding|hold|holds|held|keeping|keep|keeps|kept|hiding|hides|hid her|him|them|me|us|my|our|his', 0),
  phrase('visited|visiting|visit|visits|seeing|sees different|older|many|strange|several|new men|man|clients|customers|guys|strangers', 3),
  phrase('men|clients|customers|guys|strangers come|coming|comes|visit|visiting|go|going all? night|nights|day|in', 3),
  phrase('massage|brothel|brothels|parlour|parlor|strip|escort|escorts|escorting|webcam'),
  phrase('promised|told|offered|lured|recruited|tricked|deceived job|work|visa|modelling|modeling|waitress|nanny|restaurant|hotel|factory', 5),
  phrase('threaten|threatened|threatens|threatening|threats|threat|blackmail|blackmailed|blackmailing|blackmails|intimidated|intimidates'),
  phrase('beat|beats|beaten|beating|hit|hits|hitting|hurt|hurts|hurting|abuse|abused|abuses|abusing|rape|raped|raping|assaulted|assaults|bruises|bruised|injured|injuries|slapped|punched|kicked|starved|starving|violent'),
  phrase('being|been|getting|got|get|gets|was|were|is|are|am trafficked|sold|smuggled|exploited|prostituted|pimped|groomed|bought|traded|enslaved|owned', 2),
  phrase('sell|sells|selling|sold|pimp|pimps|pimping|traffic|trafficking|trafficks|rent|rents|renting her|him|them|me|us|girls|women|kids|children|boys|body|herself|himself', 1),
  phrase('my|her|his|their|our trafficker|traffickers|pimp|pimps|owner|captor|captors|handler|handlers|madam'),
  phrase('escape|escaped|escaping|flee|fled|fleeing'),
  phrase('run|ran|running away', 0),
  phrase('never|rarely|hardly|barely|not|seldom leave|leaves|go|goes|gone|seen|allowed|out|outside|anywhere|ashore', 2),
  phrase('sleep|sleeps|sleeping|live|lives|living|stay|stays|staying|kept in|at|on basement|shop|restaurant|factory|back|floor|site|farm|kitchen|salon|warehouse|van|container|boat|workplace|garage|shed|cellar|attic', 3),
  phrase('always|constantly|everywhere watched|followed|escorted|accompanied|guarded|monitored|watches|follows|escorts|watching', 1),
  phrase('watch|watches|watched|watching|follow|follows|followed|monitor|monitors|monitored|guard|guards|guarded|track|tracks|tracking her|him|them|me|us|everything|everywhere|constantly|always|all', 2),
  phrase('no|not|never|without food|sleep|rest|break|breaks|days|day|freedom|contact|phone|money|documents|passport|papers', 1),
  phrase('sex|sexual for money|rent|food|debt|pay|cash|clients'),
  phrase('am|is|are|was|were|be victim|victims|slave|slaves', 2),
];

/** Signs of distress or of asking for help now: "help me", "what should I do", "call the police?", "scared". */
export const DISTRESS_SIGNS: readonly Phrase[] = [
  phrase('help|save|rescue me|us|her|him|them|my|out'),
  phrase('need|needs|needing|want|wants help|rescue|out|saving'),
  phrase('please|sos|emergency|urgent|urgently|immediately|asap'),
  phrase('what|who|where should|do|can|could|must i|we do|call|contact|tell|report|turn|go', 2),
  phrase('should|can|could|must i|we call|contact|tell|report|alert|warn|phone', 2),
  phrase('call|contact|tell|alert|phone police|cops|authorities|someone|hotline|embassy'),
  phrase('scared|afraid|frightened|terrified|fear|fears|fearful|panicking|panic|crying|cried|cries|sobbing|desperate|worried|worry|worrying|suspicious|suspect|suspects'),
  phrase('report|reporting|tip|alert', 0),
];

/** The speaker, as a pronoun: involved when it stands next to a sign of control ("I can't leave", "they took my passport"). */
export const FIRST_PERSON = new Set(['i', 'me', 'myself', 'we', 'us', 'ourselves']);
/** The speaker's possessives: involved when inside a sign of control ("keeps our passports") or before a person ("my sister"). */
export const FIRST_PERSON_POSSESSIVE = new Set(['my', 'mine', 'our', 'ours']);
/** Someone the speaker calls theirs: "my sister", "our cleaner", "my neighbour's housekeeper". */
export const THEIR_PERSON: readonly Phrase[] = [phrase(`my|our ${PERSON_NOUNS}`, 1)];
/** A third person pointed at by pronoun: "she says she can't leave". */
export const THIRD_PERSON = new Set(['she', 'he', 'her', 'him', 'his', 'hers', 'herself', 'himself']);
/** A determiner or possessive followed by a person noun: "a girl", "the workers", "my cousin", "this woman". */
export const PERSON_PHRASES: readonly Phrase[] = [
  phrase(`my|our|a|an|the|this|that|these|those|her|his|their|some|two|three|four|several|few|many|young|neighbour|neighbor|neighbours|neighbors|friend|friends|boss|employer|family|cousin|sister|brother|'s ${PERSON_NOUNS}`, 2),
  phrase('someone|somebody|people|person|girl|woman|guy|man i|we know|knew|met|saw|see|work|live'),
];
/** Person phrases that only speak of people in general ("a victim", "someone", "victims"). */
export const GENERIC_PEOPLE: readonly Phrase[] = [
  phrase('a|an|the|any|every|each victim|person|individual|trafficker|survivor', 0),
  phrase('someone|somebody|anyone|anybody|victims|people|persons|individuals|traffickers|survivors|everyone|workers|children|women|men|girls|boys|migrants|employees|kids|minors'),
];

/** Words that open a question about something, rather than a story: one more sign of a knowledge question. */
export const QUESTION_OPENERS = new Set([
  'what', 'which', 'how', 'why', 'when', 'where', 'who', 'whom', 'whose', 'is', 'are', 'does', 'do', 'can', 'could', 'should', 'would',
  'was', 'were', 'did', 'has', 'have', 'define', 'explain', 'list', 'name', 'describe', 'tell',
]);

/** What the asker says about themselves when asking a knowledge question: "I want to know", "can I ask", "how do I recognise". Removed before looking for a person. */
export const ASKER_PHRASES: readonly Phrase[] = [
  phrase('i want|wanted|would|wish|need|needed|like|d to know|understand|learn|ask|find|read|check', 3),
  phrase('i am|was wondering|curious|researching|studying|writing|working|preparing|reading|interested|trying|looking', 3),
  phrase('i wonder|wondered|read|heard|saw|noticed|learned|learnt in|that|about report|article|news|paper|document|statement|meeting|icat|knowledge', 3),
  phrase('tell|show|give|remind|explain|teach me', 0),
  phrase('help me understand|know|find|learn', 0),
  phrase('can|could|may|should|do|would|will|how|where i|we ask|know|tell|recognise|recognize|spot|identify|find|learn|read|get|see', 1),
  phrase('let me|us know', 0),
  phrase('i mean', 0),
  phrase('thank|thanks you|me', 0),
];

/** Signs that a message asks for knowledge, not for help: definitions, figures, indicators, what someone said. */
export const KNOWLEDGE_FRAMING: readonly Phrase[] = [
  phrase('what|which|how does|do|is|are|did mean|means|meaning|defined|define|definition', 4),
  phrase('define|definition|definitions|defined|meaning|term|terms|concept|glossary|abbreviation|acronym|stand|stands'),
  phrase('how many|much|often|common|widespread|prevalent', 0),
  phrase('what|which percentage|proportion|share|fraction|number|percent|part|half|third|rate|figure|figures', 1),
  phrase('statistics|statistic|data|estimate|estimates|estimated|figures|trend|trends|worldwide|globally|global|region|regions|countries|country'),
  phrase('icat|unodc|osce|cbss|protocol|palermo|convention|un|ilo|iom|unicef|unhcr|ohchr|law|laws|legal|legally|legislation|policy|policies|article|report|reports|paper|plan|mandate|agency|agencies|organisation|organisations|organization|organizations|statement|meeting|principals'),
  phrase('signs|sign|indicators|indicator|examples|example|types|type|forms|form|kinds|kind|sort|red|flags|characteristics|elements|difference|differences|distinguish|crime|offence|offense|illegal', 0),
  phrase('general|generally|typically|usually|commonly|normally|often|tend|tends|most|overall|historically|history'),
  phrase('why|how do|does|did|are|is|would|can traffickers|trafficker|victims|people|someone|employers|criminals|gangs|networks|it|they|workers|migrants|migrant|women|children|girls|boys|men|agencies|countries|states', 2),
  phrase('considered|count|counts|qualify|qualifies|classified|constitute|constitutes|amount|amounts|regarded|recognised|recognized|defined', 0),
  phrase('what|when|how if|when|where someone|somebody|a|an|the|people', 2),
  phrase('if|when|whether someone|somebody|a|an|people|victims|workers|employers|anyone', 1),
  phrase('what|did|does she|he|they|it say|said|says|mean|think|emphasise|emphasised|emphasize|emphasized|highlight|highlighted|add|added|remark|remarked|stress|stressed|recommend|recommended', 3),
  phrase('who|when|where|which chaired|chairs|chair|coordinates|joined|join|leads|led|founded', 0),
  phrase('decades|centuries|years ago|past', 0),
];
