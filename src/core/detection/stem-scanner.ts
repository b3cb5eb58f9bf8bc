/**
 * Which of many literal stems occur in a text, found in one pass over it: an Aho–Corasick automaton
 * compiled to a dense transition table (one array read per character, whatever the number of
 * stems). Each stem carries a set of labels (a bit mask of up to 32); the scan returns the union of
 * the labels of every stem that occurs anywhere in the text, overlapping or inside another one.
 *
 * It is the pre-filter of the phrase table: a group's regular expressions run on a sentence only
 * when one of its trigger stems occurs there (detect-request.ts, phrases.ts TRIGGERS).
 */
export type StemScan = (text: string) => number;

export function stemScanner(stems: ReadonlyMap<string, number>): StemScan {
  // the alphabet: the characters the stems use; every other character leads back to the start
  const symbolOf = new Uint8Array(0x10000);
  let symbols = 1; // 0 is "a character no stem has"
  for (const stem of stems.keys())
    for (let i = 0; i < stem.length; i++) {
      const code = stem.charCodeAt(i);
      if (symbolOf[code] === 0) {
        if (symbols === 255) throw new Error('stemScanner: the stems use more than 254 distinct characters');
        symbolOf[code] = symbols++;
      }
    }

  // the trie of the stems, then failure links breadth first, folded into a full transition table
  const trie: number[][] = [[]];
  const output: number[] = [0];
  for (const [stem, labels] of stems) {
    if (stem === '') throw new Error('stemScanner: an empty stem would match every text');
    let state = 0;
    for (let i = 0; i < stem.length; i++) {
      const symbol = symbolOf[stem.charCodeAt(i)]!;
      let next = trie[state]![symbol];
      if (next === undefined) {
        next = trie.length;
        trie[state]![symbol] = next;
        trie.push([]);
        output.push(0);
      }
      state = next;
    }
    output[state]! |= labels;
  }
  const states = trie.length;
  // 16-bit states keep the table small enough to stay in the cache (the phrase table has about 4,000)
  if (states > 0xffff) throw new Error(`stemScanner: ${states} states do not fit the 16-bit table`);
  const width = symbols; // a constant for the scan loop
  const table = new Uint16Array(states * width);
  const fail = new Uint32Array(states);
  const out = new Int32Array(states);
  const queue: number[] = [];
  for (let symbol = 1; symbol < symbols; symbol++) {
    const next = trie[0]![symbol];
    if (next !== undefined) {
      table[symbol] = next;
      queue.push(next); // fail[next] = 0
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    out[state] = output[state]! | out[fail[state]!]!; // a stem ending here ends every stem it ends with
    for (let symbol = 1; symbol < symbols; symbol++) {
      const next = trie[state]![symbol];
      const viaFail = table[fail[state]! * symbols + symbol]!;
      if (next === undefined) table[state * symbols + symbol] = viaFail;
      else {
        table[state * symbols + symbol] = next;
        fail[next] = viaFail;
        queue.push(next);
      }
    }
  }

  // renumbered breadth first: the shallow states a scan mostly visits share the first rows of the table
  const order = [0, ...queue];
  const renumbered = new Uint16Array(states);
  order.forEach((state, i) => (renumbered[state] = i));
  const rows = new Uint16Array(states * width);
  const outputs = new Int32Array(states);
  order.forEach((state, i) => {
    outputs[i] = out[state]!;
    for (let symbol = 0; symbol < width; symbol++)
      rows[i * width + symbol] = renumbered[table[state * width + symbol]!]!;
  });

  return (text: string): number => {
    let state = 0;
    let found = 0;
    for (let i = 0; i < text.length; i++) {
      state = rows[state * width + symbolOf[text.charCodeAt(i)]!]!;
      found |= outputs[state]!;
    }
    return found;
  };
}
