import fc from 'fast-check';
import { remove } from 'confusables';
import { foldConfusables, normaliseDisplayName } from '../../../src/core/customers/normalise';

describe('display names in their normal form (R-014 display-name checks)', () => {
  const cases: [string, string, string][] = [
    ['plain ASCII, order-free', 'Schulz, Jana', 'jana schulz'],
    ['umlauts fold like the contact list', 'Jana Müller', 'jana muller'],
    ['a title and a bracket are left out', 'Dr. Jana Müller (ACME)', 'jana muller'],
    ['Cyrillic look-alike letters fold to Latin', 'Jаnа Sсhulz', 'jana schulz'],
    ['Latin Extended-A letters', 'Łukasz Wiśniewski', 'lukasz wisniewski'],
    ['full-width letters', 'Ｊａｎａ Ｓｃｈｕｌｚ', 'jana schulz'],
    ['a ligature beside an umlaut (NFKC)', 'Joseﬁne Müller', 'josefine muller'],
    ['superscript digits (NFKC)', 'Jana Müller²', 'jana muller2'],
  ];
  it.each(cases)('R-014 %s: "%s" → "%s"', (_what, raw, normal) => {
    expect(normaliseDisplayName(raw)).toBe(normal);
  });
});

describe('the confusables fold', () => {
  it('R-014 gives what the confusables library gives, for Latin text and any other', () => {
    const latin = fc.oneof(
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.integer({ min: 0xa0, max: 0x17f }),
      fc.integer({ min: 0, max: 0x2fff }),
    );
    fc.assert(
      fc.property(fc.array(latin, { maxLength: 24 }), (codes) => {
        const text = String.fromCharCode(...codes);
        expect(foldConfusables(text)).toBe(remove(text));
      }),
      { numRuns: 3000 },
    );
  });
});
