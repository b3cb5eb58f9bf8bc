/** Normal forms for comparing addresses, domains and display names (shared by the directory and the verifier). */
import { checkLNP, confusablesMap, remove as removeConfusables } from 'confusables';
import { parse } from 'tldts';
import { toAscii, toUnicode } from './punycode';

const ASCII = /^[\x00-\x7f]*$/;
const TITLES = /\b(?:dr|prof|herr|frau|mr|mrs|ms)\.?\s/g;

/** Lower case, IDN in ASCII (punycode), no trailing dot; '' when nothing usable is left. */
export function normaliseDomain(raw: string): string {
  const lower = raw.trim().toLowerCase();
  const trimmed = lower.endsWith('.') ? lower.replace(/\.+$/, '') : lower;
  if (!trimmed) return '';
  return ASCII.test(trimmed) ? trimmed : toAscii(trimmed.normalize('NFC'));
}

// tldts without host extraction or validation: the domains given are normalised already
const DOMAIN_ONLY = {
  extractHostname: false,
  validateHostname: false,
  detectIp: false,
  mixedInputs: false,
} as const;

/** "mail.acme-stb.co.uk" → "acme-stb.co.uk": the registrable domain (public-suffix aware), for alignment. */
export const registrableDomain = (domain: string): string =>
  (parse(domain, DOMAIN_ONLY).domain ?? domain).toLowerCase();

/** "J.Schulz@ACME-stb.de." → "j.schulz@acme-stb.de"; '' when it has no "@". */
export function normaliseEmail(raw: string): string {
  if (isNormalEmail(raw)) return raw; // most addresses already are (see `npm run bench`)
  const trimmed = raw.trim().replace(/^<|>$/g, '');
  const at = trimmed.lastIndexOf('@');
  if (at <= 0 || at === trimmed.length - 1) return '';
  return `${trimmed.slice(0, at).toLowerCase()}@${normaliseDomain(trimmed.slice(at + 1))}`;
}

/**
 * Already in the normal form above: printable ASCII without upper case or spaces, no "<" first, no
 * ">" or "." last, and an "@" with something on both sides. (A hand-written scan: every decision
 * normalises several addresses.)
 */
function isNormalEmail(raw: string): boolean {
  const n = raw.length;
  if (n < 3 || raw.charCodeAt(0) === 60 /* < */) return false;
  const last = raw.charCodeAt(n - 1);
  if (last === 62 /* > */ || last === 46 /* . */) return false;
  let at = -1;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c <= 32 || c >= 127 || (c >= 65 && c <= 90)) return false;
    if (c === 64 /* @ */) at = i;
  }
  return at > 0 && at < n - 1;
}

/** "Schulz, Jana (ACME)" and "jana  SCHULZ" → "jana schulz": lower case, no punctuation, order-free. */
export function normaliseDisplayName(raw: string): string {
  // most From names are plain ASCII words: one scan instead of the regular expressions below
  if (PLAIN_ASCII.test(raw)) return plainDisplayName(raw);
  const ascii = ASCII.test(raw);
  // the confusables fold is the costly part: only non-ASCII names need it
  let s = (ascii ? raw : foldConfusables(nfkc(raw))).toLowerCase();
  // "Jana Müller" folds to plain ASCII words: the scan above gives what the expressions below would
  if (!ascii && PLAIN_ASCII.test(s)) return plainDisplayName(s);
  if (s.includes('(') || s.includes('[')) s = s.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
  if (/["'`]/.test(s)) s = s.replace(/["'`]/g, '');
  s = s
    .replace(TITLES, ' ')
    .replace(ascii ? /[^a-z0-9]+/g : /[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (!s) return '';
  return s.includes(' ') ? sortedWords(s.split(' ')) : s;
}

/** Printable ASCII, Latin-1 and Latin Extended-A: the ranges most names are written in. */
const LATIN_TEXT = /^[\x20-\x7e\u00a0-\u017f]*$/;
/** The `confusables` library's own mapping for those characters, as a table. */
const LATIN_FOLD: string[] = Array.from({ length: 0x180 }, (_, code) => {
  const ch = String.fromCharCode(code);
  return confusablesMap.get(ch) || ch;
});
/** The characters of those ranges that NFKC leaves as they are ("ü", "ł"; not "²" or controls). */
const NFKC_STABLE = Uint8Array.from({ length: 0x180 }, (_, code) => {
  const ch = String.fromCharCode(code);
  return code >= 0x20 && ch.normalize('NFKC') === ch ? 1 : 0;
});

/**
 * `text.normalize('NFKC')`, without the call for text whose characters NFKC leaves as they are: such
 * text is its own normal form, since none of them combines with a neighbour.
 */
function nfkc(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x180 || NFKC_STABLE[code] === 0) return text.normalize('NFKC');
  }
  return text;
}

/**
 * The confusables fold: the library's `remove`. For Latin text its clean-up of combining marks and
 * invisible characters changes nothing, so its mapping read from the table gives the same result —
 * without three global replacements over large expressions (about 2.5 µs for "Jana Müller" on this
 * machine, see `npm run bench`). Other text goes to the library.
 */
export function foldConfusables(text: string): string {
  if (!LATIN_TEXT.test(text)) return removeConfusables(text);
  if (checkLNP(text)) return text; // what the library does first
  let out = '';
  for (let i = 0; i < text.length; i++) out += LATIN_FOLD[text.charCodeAt(i)]!;
  return out;
}

/** ASCII without brackets, quotes or "_" (which the title rule's word boundary would see). */
const PLAIN_ASCII = /^[^\x80-\uffff()[\]"'`_]*$/;
const TITLE_WORDS = new Set(['dr', 'prof', 'herr', 'frau', 'mr', 'mrs', 'ms']);
/** Longer words are no title: they skip the look-up (every word of every From name, see `npm run bench`). */
const LONGEST_TITLE = Math.max(...[...TITLE_WORDS].map((t) => t.length));
const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/** The same normal form as above for a plain ASCII name: its words, a title before a space dropped. */
function plainDisplayName(raw: string): string {
  const text = raw.toLowerCase();
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const word = text.slice(start, i);
    start = -1;
    if (word.length <= LONGEST_TITLE && TITLE_WORDS.has(word)) {
      const next = c === 46 /* . */ ? i + 1 : i;
      if (next < text.length && isAsciiSpace(text.charCodeAt(next))) continue;
    }
    words.push(word);
  }
  return words.length > 1 ? sortedWords(words) : (words[0] ?? '');
}

/**
 * `words.sort().join(' ')` for the few words of a name: an insertion sort comparing code units, the
 * order sort() without a comparator gives strings, at a fraction of its cost (see `npm run bench`).
 */
function sortedWords(words: string[]): string {
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    let j = i - 1;
    for (; j >= 0 && words[j]! > word; j--) words[j + 1] = words[j]!;
    words[j + 1] = word;
  }
  let joined = words[0] ?? '';
  for (let i = 1; i < words.length; i++) joined += ` ${words[i]}`;
  return joined;
}

/**
 * The confusable skeleton of a domain label: Unicode homoglyphs folded to Latin (UTS #39 data via
 * `confusables`), diacritics dropped, then the ASCII lookalikes a reader's eye merges (rn→m, vv→w,
 * cl→d, 0→o, 1/i/I→l) and hyphens removed. Two labels with one skeleton look alike.
 */
export function domainSkeleton(label: string): string {
  const lower = label.toLowerCase();
  const unicode = lower.includes('xn--') ? toUnicode(lower) : lower;
  const folded = ASCII.test(unicode)
    ? unicode
    : removeConfusables(unicode.normalize('NFKD'))
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase();
  return asciiFolds(folded);
}

/**
 * rn→m, vv→w, cl→d, then 0→o and 1/i/|→l, then "-", "_" and "." dropped — one scan instead of six
 * replacements (every unknown sender domain needs a skeleton, see `npm run bench`). The three pairs
 * share no letter and none of the letters they make starts a pair, so taking them left to right
 * as found is what the replacements in that order did; "c1" stays "cl", as the order had it.
 */
function asciiFolds(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const next = s[i + 1];
    if (c === 'r' && next === 'n') {
      out += 'm';
      i++;
    } else if (c === 'v' && next === 'v') {
      out += 'w';
      i++;
    } else if (c === 'c' && next === 'l') {
      out += 'd';
      i++;
    } else if (c === '0') out += 'o';
    else if (c === '1' || c === 'i' || c === '|') out += 'l';
    else if (c !== '-' && c !== '_' && c !== '.') out += c;
  }
  return out;
}
