/**
 * Word lists the corpus generator draws from. Real words of the anti-trafficking domain and of
 * report prose head the frequency ranking; a long tail of made-up but pronounceable words (built
 * from syllables by the generator) stands for the rare words a report series brings: names of
 * programmes, places, technical terms. Nothing here is downloaded.
 */

/** Function words in rough order of frequency in English prose (most frequent first). */
export const FUNCTION_WORDS = `the of and to in a for that is on with as by was are be it from at this which
have has an their its were or been not also these more into other such they all between through than
over under within during against among both each most while after before only can may will would should
their those about including new further`.split(/\s+/);

/** Content words of report prose about trafficking in persons, most frequent first. */
export const DOMAIN_WORDS = `trafficking persons victims human countries national international
cooperation states government report data support protection rights women children law
enforcement organisations agencies policy measures forced labour exploitation sexual migrants
prevention prosecution justice criminal cases identified detected survivors services border
assistance training capacity framework strategy action plan implementation coordination regional
global efforts working group members partners stakeholders civil society response referral
mechanism legislation convention protocol analysis research evidence findings trends
recruitment smuggling networks offenders traffickers convictions investigations courts
authorities ministry police officers prosecutors judges social workers shelters health
education employment economic poverty vulnerability risk factors conflict crisis displacement
refugees asylum seekers gender boys girls men age adults minors families communities
awareness campaigns guidelines standards monitoring evaluation indicators reporting
statistics information sharing platform technology online digital internet recruitment
supply chains business sector companies transparency accountability compensation
remedies reintegration return repatriation recovery rehabilitation counselling legal aid
interpretation consultation participation engagement dialogue meetings conference
secretariat chair session principals statement resolution declaration commitments
priorities challenges gaps recommendations lessons practices approach methodology survey
questionnaire sample region subregion europe africa asia americas oceania baltic
mediterranean sahel caribbean pacific andean balkan danube nordic arab gulf
funding resources budget donors projects programmes activities outcomes impact
sustainable development goals targets agenda mandate role responsibility leadership
governance institutions bodies committees councils commissions offices units teams
domestic servitude begging marriage organ removal criminality fraud corruption money
laundering proceeds assets confiscation financial flows investigation cyber`.split(/\s+/);

/** Given names and family names for people quoted in the generated reports. */
export const GIVEN_NAMES = 'Amina Carlos Sofia Jonas Leila Mateo Irina Kwame Priya Tomas Ingrid Omar Elena Yusuf Hana Pablo Grete Nadia Samuel Ayesha'.split(' ');
export const FAMILY_NAMES = 'Okafor Lindqvist Haddad Moreno Kowalski Tanaka Mensah Petrov Almeida Jansen Rahman Nowak Castillo Berg Osei Ivanova Duarte Nkosi Laine Farouk'.split(' ');

/** Places the generated reports talk about. */
export const PLACES = `Albania Argentina Bangladesh Brazil Cambodia Chile Colombia Egypt Estonia Ethiopia Finland Ghana
Guatemala India Indonesia Jordan Kenya Latvia Lithuania Malaysia Mali Mexico Moldova Morocco Nepal
Nigeria Norway Pakistan Peru Philippines Poland Romania Senegal Serbia Sweden Thailand Tunisia Uganda
Ukraine Vietnam`.split(/\s+/);

/** Organisations with their abbreviations, as a report series defines them. */
export const ORGANISATIONS: readonly (readonly [string, string])[] = [
  ['ARTF', 'Anti-Trafficking Response Task Force'],
  ['BRMN', 'Border Region Monitoring Network'],
  ['CJRC', 'Criminal Justice Reform Council'],
  ['CPVA', 'Child Protection and Victim Assistance Office'],
  ['DLEC', 'Domestic Labour Enforcement Commission'],
  ['ESMU', 'Employment Standards Monitoring Unit'],
  ['FLIP', 'Forced Labour Investigation Programme'],
  ['GMDP', 'Global Migration Data Platform'],
  ['HRLC', 'Human Rights Legal Clinic'],
  ['IJCN', 'International Judicial Cooperation Network'],
  ['JPTF', 'Joint Prosecution Task Force'],
  ['LARS', 'Labour Recruitment Standards Board'],
  ['MSVR', 'Migrant Shelter and Victim Referral Service'],
  ['NRMC', 'National Referral Mechanism Coordination Office'],
  ['OCFI', 'Office for Criminal Finance Investigation'],
  ['PSCA', 'Private Sector Compliance Alliance'],
  ['RCTB', 'Regional Counter Trafficking Bureau'],
  ['SVSU', 'Survivor Voices Support Unit'],
  ['TCTN', 'Transnational Crime Training Network'],
  ['WCRC', 'Women and Children Rights Commission'],
];

/** Syllables for the long tail of rare words. */
export const SYLLABLES = `ka lo mi ra tu ve sa no pe di ba gu fo ne zi ta mo re lu ki ar en ol is um an
or et ul in ex pro con tra ser val dor mer bin cal fen gor hal jen kor lim nar pol quin ros sil tor
vin wal zen bri cla dre flo gri pla sto tri`.split(/\s+/);

/** Months, for dates. */
export const MONTHS = 'January February March April May June July August September October November December'.split(' ');
