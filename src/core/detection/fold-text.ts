/**
 * The form phrase patterns are written against: lower case, umlauts spelled out (ä→ae, ß→ss, so
 * "zurück" and "zurueck" are one word), typographic quotes and dashes plain, whitespace single.
 */
const FOLD: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  '’': "'",
  '‘': "'",
  '‚': "'",
  '`': "'",
  '´': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '«': '"',
  '»': '"',
  '–': '-',
  '—': '-',
  '\u00a0': ' ',
  '\t': ' ',
};
const FOLDABLE = /[äöüß’‘‚`´“”„«»–—\u00a0\t]/g;

export function foldText(text: string): string {
  // mail from macOS may carry decomposed umlauts (a + U+0308)
  return (/[\u0300-\u036f]/.test(text) ? text.normalize('NFC') : text)
    .toLowerCase()
    .replace(FOLDABLE, (ch) => FOLD[ch] ?? ch)
    .replace(/ {2,}/g, ' ');
}
