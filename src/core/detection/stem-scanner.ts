/**
 * Which of many literal stems occur in a text, found in one pass over it: an Aho–Corasick automaton
 * compiled to a dense transition table (one array read per character, whatever the number of
 * stems). Each stem carries a set of labels (a bit mask of up to 32); the scan returns the union of
 * the labels of every stem that occurs anywhere in the text, overlapping or inside another one.
 *
 * It is the pre-filter of the phrase table (a group's regular expressions run on a sentence only
 * when one of its trigger stems occurs there: detect-request.ts, phrases.ts TRIGGERS) and of the
 * ticket-object patterns (extract-details.ts).
 *
 * With `wordBoundaries`, a space in a stem stands for any word boundary, as `\b` reads one: every
 * character that is not an ASCII letter, digit or "_" (a space, a comma, "é"), or the start or end of
 * the text. " back " then occurs in "…files are back." but not in "the backup"; "back" occurs in both.
 */
export type StemScan = (text: string) => number;

export interface StemScannerOptions {
  /** Upper- and lower-case letters are one: "Ordner" has the stem "ordner" (stems are given in lower case). */
  ignoreCase?: boolean;
  /** A space in a stem is any word boundary (see above); stems are then words, digits, "_" and spaces. */
  wordBoundaries?: boolean;
}

/** A word character as `\b` reads one (no Unicode flag): ASCII letters, digits and "_". */
const isWordCharacter = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;

/*
 * The table's layout: one row per state, `columns` numbers wide, 16 bits each (the next state's
 * number), so the rows a scan visits stay in the processor's cache: the first version kept 32-bit row
 * offsets, twice the size, and the scan waited on memory (see `npm run bench`). Column 0 is every
 * character no stem uses (back to the start); the other columns are the stems' characters. The labels
 * of the stems that end in a state are in a small array of their own.
 */
const OTHER = 0;
const MAX_STATES = 0x10000;

export function stemScanner(stems: ReadonlyMap<string, number>, options: StemScannerOptions = {}): StemScan {
  // the alphabet: the characters the stems use; every other character leads back to the start
  const columnOf = new Uint8Array(0x10000).fill(OTHER);
  let columns = OTHER + 1;
  const addCharacter = (ch: string) => {
    const code = ch.charCodeAt(0);
    if (columnOf[code] !== OTHER) return;
    if (columns === 256) throw new Error('stemScanner: the stems use more than 255 distinct characters');
    columnOf[code] = columns;
    if (options.ignoreCase) {
      const upper = ch.toUpperCase();
      if (upper.length === 1 && upper !== ch) columnOf[upper.charCodeAt(0)] = columns;
    }
    columns++;
  };
  for (const stem of stems.keys()) {
    if (stem === '') throw new Error('stemScanner: an empty stem would match every text');
    if (options.ignoreCase && stem !== stem.toLowerCase())
      throw new Error(`stemScanner: "${stem}" must be written in lower case to be found in any case`);
    if (options.wordBoundaries && /[^a-z0-9_ ]/i.test(stem))
      throw new Error(
        `stemScanner: "${stem}" has a character that is a word boundary: write a space for it (word boundaries are on)`,
      );
    for (let i = 0; i < stem.length; i++) addCharacter(stem[i]!);
  }
  // every boundary character reads as a space
  const boundary = options.wordBoundaries ? columnOf[32]! : OTHER;
  if (options.wordBoundaries && boundary !== OTHER)
    for (let code = 0; code < 0x10000; code++) if (!isWordCharacter(code)) columnOf[code] = boundary;

  // the trie of the stems, then failure links breadth first, folded into a full transition table
  const trie: number[][] = [[]];
  const output: number[] = [0];
  for (const [stem, labels] of stems) {
    let state = 0;
    for (let i = 0; i < stem.length; i++) {
      const column = columnOf[stem.charCodeAt(i)]!;
      let next = trie[state]![column];
      if (next === undefined) {
        next = trie.length;
        trie[state]![column] = next;
        trie.push([]);
        output.push(0);
      }
      state = next;
    }
    output[state]! |= labels;
  }
  const states = trie.length;
  const transition = new Uint32Array(states * columns); // by state number, while building
  const fail = new Uint32Array(states);
  const out = new Int32Array(states);
  const queue: number[] = [];
  for (let column = OTHER + 1; column < columns; column++) {
    const next = trie[0]![column];
    if (next !== undefined) {
      transition[column] = next;
      queue.push(next); // fail[next] = 0
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    out[state] = output[state]! | out[fail[state]!]!; // a stem ending here ends every stem it ends with
    for (let column = OTHER + 1; column < columns; column++) {
      const next = trie[state]![column];
      const viaFail = transition[fail[state]! * columns + column]!;
      if (next === undefined) transition[state * columns + column] = viaFail;
      else {
        transition[state * columns + column] = next;
        fail[next] = viaFail;
        queue.push(next);
      }
    }
  }

  // states renumbered in breadth-first order: the shallow states a scan mostly visits share the
  // first cache lines
  if (states > MAX_STATES) throw new Error(`stemScanner: ${states} states, more than 16-bit numbers hold`);
  const order = [0, ...queue];
  const numberOf = new Uint32Array(states);
  order.forEach((state, i) => (numberOf[state] = i));
  const next = new Uint16Array(states * columns);
  const labels = new Int32Array(states);
  for (const state of order) {
    const row = numberOf[state]! * columns;
    labels[numberOf[state]!] = out[state]!;
    next[row + OTHER] = 0;
    for (let column = OTHER + 1; column < columns; column++)
      next[row + column] = numberOf[transition[state * columns + column]!]!;
  }

  const width = columns;
  if (boundary === OTHER)
    return (text: string): number => {
      let state = 0;
      let found = 0;
      for (let i = 0; i < text.length; i++) {
        state = next[state * width + columnOf[text.charCodeAt(i)]!]!;
        found |= labels[state]!;
      }
      return found;
    };
  // the text read between two boundaries: its start and its end are ones
  const start = next[boundary]!;
  return (text: string): number => {
    let state = start;
    let found = labels[start]!;
    for (let i = 0; i < text.length; i++) {
      state = next[state * width + columnOf[text.charCodeAt(i)]!]!;
      found |= labels[state]!;
    }
    return found | labels[next[state * width + boundary]!]!;
  };
}
