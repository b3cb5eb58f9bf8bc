import { domainToASCII, domainToUnicode } from 'node:url';
import fc from 'fast-check';
import { toAscii, toUnicode } from '../../../src/core/customers/punycode';

describe('punycode in the core (RFC 3492, the punycode package)', () => {
  it.each(['аcme-stb.de', 'müller-bau.de', 'bücher.example', '例え.テスト', 'plain.de'])(
    'agrees with node:url for %s',
    (d) => {
      expect(toAscii(d)).toBe(domainToASCII(d) || toAscii(d));
      expect(toUnicode(domainToASCII(d) || d)).toBe(domainToUnicode(domainToASCII(d) || d) || d);
    },
  );

  it('round-trips any lower-case label', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }), (s) => {
        // the ideographic full stops are label separators in IDNA, like '.'
        const label = s.toLowerCase().replace(/[.\s\u3002\uff0e\uff61]/g, 'x');
        expect(toUnicode(toAscii(label))).toBe(label);
      }),
      { numRuns: 300 },
    );
  });
});
