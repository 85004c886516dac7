/**
 * Folds text for matching: Unicode compatibility form, accents removed, lower case, typographic
 * quotes and dashes made plain. "Åsa Regner’s" and "asa regner's" fold to the same string, so a
 * user who cannot type an accent still finds what they ask for.
 *
 * @example fold('Åsa “Regner” – UN') // 'asa "regner" - un'
 */
export function fold(text: string): string {
  // Plain ASCII has nothing to decompose, strip or straighten: lower case is all it needs, at a fraction of the cost.
  if (!NOT_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase();
}

const NOT_ASCII = /[^\u0000-\u007f]/;
