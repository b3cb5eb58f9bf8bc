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
const HAS_FOLDABLE = /[äöüß’‘‚`´“”„«»–—\u00a0\t]/;

/** The characters of FOLD replaced, the text between them copied in slices (no callback per character). */
function foldCharacters(text: string): string {
  let out = '';
  let kept = 0;
  FOLDABLE.lastIndex = 0;
  for (let m = FOLDABLE.exec(text); m; m = FOLDABLE.exec(text)) {
    out += text.slice(kept, m.index) + FOLD[m[0]]!;
    kept = m.index + 1;
  }
  return out + text.slice(kept);
}

export function foldText(text: string): string {
  // mail from macOS may carry decomposed umlauts (a + U+0308)
  const lower = (/[\u0300-\u036f]/.test(text) ? text.normalize('NFC') : text).toLowerCase();
  // much text has nothing to fold or collapse: a test first spares the replacements (see `npm run bench`)
  const folded = HAS_FOLDABLE.test(lower) ? foldCharacters(lower) : lower;
  return folded.includes('  ') ? folded.replace(/ {2,}/g, ' ') : folded;
}
