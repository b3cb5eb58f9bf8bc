import fc from 'fast-check';
import { stemScanner } from '../../../src/core/detection/stem-scanner';

/** What the scanner must return: the labels of every stem the text contains (the obvious, slow way). */
const naive = (stems: Map<string, number>, text: string, ignoreCase = false): number => {
  const haystack = ignoreCase ? text.toLowerCase() : text;
  let found = 0;
  for (const [stem, labels] of stems) if (haystack.includes(stem)) found |= labels;
  return found;
};

describe('stem scanner (the pre-filter of the phrase table and the ticket objects)', () => {
  const stems = new Map([
    ['back', 1 << 0],
    ['backup', 1 << 1],
    ['ack', 1 << 2],
    ['in die wege', 1 << 3],
    ['zurueck', 1 << 4],
    ['rueck', 1 << 5],
    ['\\\\', 1 << 6],
  ]);
  const scan = stemScanner(stems);

  it.each([
    ['a stem inside a longer one counts too', 'the backup failed', 0b111],
    ['overlapping stems', 'zurueckspielen', (1 << 4) | (1 << 5)],
    ['a stem with spaces', 'bitte in die wege leiten', 1 << 3],
    ['a stem that restarts inside a near miss', 'zurzurueck', (1 << 4) | (1 << 5)],
    ['characters no stem uses in between', 'bä€ck ☃ bac', 0],
    ['a UNC path', 'unter \\\\fs01\\daten', 1 << 6],
    ['nothing', 'guten morgen', 0],
  ])('%s', (_name, text, expected) => {
    expect(scan(text)).toBe(expected);
  });

  it('finds exactly the stems a plain substring search finds, on any text', () => {
    const alphabet = fc.constantFrom(...'abcekpruz \\\\äé'.split(''));
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }).map((cs) => cs.join('')),
        (text) => {
          expect(scan(text)).toBe(naive(stems, text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('with ignoreCase, "Ordner" and "ORDNER" have the stem "ordner"', () => {
    const words = new Map([
      ['ordner', 1],
      ['srv', 2],
    ]);
    const anyCase = stemScanner(words, { ignoreCase: true });
    expect(anyCase('Bitte den Ordner wiederherstellen')).toBe(1);
    expect(anyCase('SRV-FS01 und ORDNER')).toBe(3);
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'oOrRdDnNeEsSvV x'.split('')), maxLength: 40 }),
        (text) => {
          expect(anyCase(text)).toBe(naive(words, text, true));
        },
      ),
      { numRuns: 2000 },
    );
  });

  describe('with word boundaries, a space in a stem is any boundary', () => {
    const words = new Map([
      [' back ', 1 << 0],
      ['backup', 1 << 1],
      [' wie ', 1 << 2],
      ['wieder', 1 << 3],
      [' do ', 1 << 4],
    ]);
    const bounded = stemScanner(words, { wordBoundaries: true });
    /** The same, the slow way: boundaries made spaces, the text between two of them. */
    const naiveBounded = (text: string): number => naive(words, ` ${text.replace(/[^A-Za-z0-9_]/g, ' ')} `);

    it.each([
      ['after a space, before a full stop', 'all files are back.', 1 << 0],
      ['"backup" is not the word "back"', 'the backup failed', 1 << 1],
      ['at the start and at the end of the text', 'back', 1 << 0],
      ['punctuation and letters outside ASCII are boundaries', 'café,wie?', 1 << 2],
      ['"_" and digits are word characters', 'x_back back2 do_it', 0],
      ['a word inside a longer one still counts without spaces', 'wiederherstellung', 1 << 3],
      ['two boundary words in a row share the boundary between them', 'do wie', (1 << 2) | (1 << 4)],
    ])('%s', (_name, text, expected) => {
      expect(bounded(text)).toBe(expected);
    });

    it('finds exactly what a search between boundaries finds, on any text', () => {
      const alphabet = fc.constantFrom(...'abckpuwiedro _.,!é1\n'.split(''));
      fc.assert(
        fc.property(
          fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join('')),
          (text) => {
            expect(bounded(text)).toBe(naiveBounded(text));
          },
        ),
        { numRuns: 3000 },
      );
    });

    it('refuses a stem with another boundary character in it: a space says it', () => {
      expect(() => stemScanner(new Map([["can't", 1]]), { wordBoundaries: true })).toThrow(/write a space/);
    });
  });

  it('refuses stems it could not find: empty, or upper case when case is ignored', () => {
    expect(() => stemScanner(new Map([['', 1]]))).toThrow(/empty stem/);
    expect(() => stemScanner(new Map([['Ordner', 1]]), { ignoreCase: true })).toThrow(/lower case/);
  });
});
