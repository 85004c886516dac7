// A record: a list whose every item is a "Label: value" field with a label of its own
// ("Adopted: 5 April 2011", "Entry into force: 2024-07-14"), the facts of one thing.

/**
 * A field of a record: a short label in words, a colon, its value ("Entry into force: 2024-07-14"),
 * the label perhaps with a note in brackets ("Chief Executive Officer (GuideStar profile, 2023): …").
 */
const RECORD_FIELD = /^(\p{Lu}[^:?\d(]{0,40}(?:\([^():]{0,40}\)[^:?\d(]{0,20})?): +(\S.*)$/u;

/**
 * Whether a list's items are the fields of one record: each a "Label: value" field, each label its
 * own (not "Tier 1: …", "Tier 2: …", nor "2019: …", a list's entries), and no label an
 * abbreviation (a glossary's entries, each its own subject). A record's items have no order to ask
 * by: its third field is no "third" of anything.
 */
export function isRecord(items: readonly string[]): boolean {
  return fieldsOf(items) !== undefined;
}

/**
 * The value of a record's first field when that field names the record ("Directive 2011/36/EU
 * on …" of "Full title: Directive 2011/36/EU on …"): the record is about what it names.
 * Undefined for any other list, and for a record whose first field is one of its facts ("Seat: …").
 */
export function recordSubject(items: readonly string[]): string | undefined {
  const fields = fieldsOf(items);
  return fields && NAMING_LABEL.test(fields[0]![1]!) ? fields[0]![2] : undefined;
}

function fieldsOf(items: readonly string[]): RegExpExecArray[] | undefined {
  if (items.length < 2) return undefined;
  const fields = items.map((item) => RECORD_FIELD.exec(item));
  if (fields.some((field) => field === null)) return undefined;
  // A glossary's labels are the abbreviations it spells out ("CBSS: …"), each its own subject; a record may have one ("EIN: …").
  if (fields.filter((field) => /^[^\p{Ll}]+s?$/u.test(field![1]!)).length * 2 > fields.length) return undefined;
  const firstWords = new Set(fields.map((field) => field![1]!.split(' ')[0]!.toLowerCase()));
  return firstWords.size === fields.length ? fields as RegExpExecArray[] : undefined;
}

/** Labels that name what a record is about ("Full title:", "Name:", "Act:"), not one of its facts ("Seat:"). */
const NAMING_LABEL = /^(?:(?:full|official|short|formal) )?(?:title|name|act|law|instrument|treaty|convention|agreement|document|body|organi[sz]ation|programme|program|project|initiative)$/i;
