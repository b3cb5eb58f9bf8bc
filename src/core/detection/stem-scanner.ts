/**
 * Which of many literal stems occur in a text, found in one pass over it: an Aho–Corasick automaton
 * compiled to a dense transition table (one array read per character, whatever the number of
 * stems). Each stem carries a set of labels (a bit mask of up to 32); the scan returns the union of
 * the labels of every stem that occurs anywhere in the text, overlapping or inside another one.
 *
 * It is the pre-filter of the phrase table (a group's regular expressions run on a sentence only
 * when one of its trigger stems occurs there: detect-request.ts, phrases.ts TRIGGERS) and of the
 * ticket-object patterns (extract-details.ts).
 */
export type StemScan = (text: string) => number;

export interface StemScannerOptions {
  /** Upper- and lower-case letters are one: "Ordner" has the stem "ordner" (stems are given in lower case). */
  ignoreCase?: boolean;
}

/*
 * The table's layout: one row per state, `stride` numbers wide. Column 0 holds the labels of the
 * stems that end in the state; column 1 is every character no stem uses (back to the start); the
 * other columns are the stems' characters. A transition holds the next state's row offset, not its
 * number, so the scan loop has no multiplication: `row = table[row + column(char)]`.
 */
const LABELS = 0;
const OTHER = 1;

export function stemScanner(stems: ReadonlyMap<string, number>, options: StemScannerOptions = {}): StemScan {
  // the alphabet: the characters the stems use; every other character leads back to the start
  const columnOf = new Uint8Array(0x10000).fill(OTHER);
  let columns = OTHER + 1;
  const addCharacter = (ch: string) => {
    const code = ch.charCodeAt(0);
    if (columnOf[code] !== OTHER) return;
    if (columns === 256) throw new Error('stemScanner: the stems use more than 254 distinct characters');
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
    for (let i = 0; i < stem.length; i++) addCharacter(stem[i]!);
  }

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

  // rows in breadth-first order: the shallow states a scan mostly visits share the first cache lines
  const order = [0, ...queue];
  const rowOf = new Uint32Array(states);
  order.forEach((state, i) => (rowOf[state] = i * columns));
  const table = new Int32Array(states * columns);
  for (const state of order) {
    const row = rowOf[state]!;
    table[row + LABELS] = out[state]!;
    table[row + OTHER] = 0;
    for (let column = OTHER + 1; column < columns; column++)
      table[row + column] = rowOf[transition[state * columns + column]!]!;
  }

  return (text: string): number => {
    let row = 0;
    let found = 0;
    for (let i = 0; i < text.length; i++) {
      row = table[row + columnOf[text.charCodeAt(i)]!]!;
      found |= table[row]!;
    }
    return found;
  };
}
