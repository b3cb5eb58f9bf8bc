/**
 * The trigger stems of phrases.ts are a pre-filter: a group's patterns run on a sentence only when
 * one of its stems occurs (a space in a stem standing for any word boundary). A stem list that misses a pattern's words would silently switch that
 * pattern off. Checked on every sentence of every corpus and detection case: wherever a group's
 * patterns match, one of its stems occurs. The same for the words of the ticket-detail patterns
 * (extract-details.ts), on whole texts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { groupExpression, sentences } from '../../../src/core/detection/detect-request';
import { stemScanner } from '../../../src/core/detection/stem-scanner';
import { foldText } from '../../../src/core/detection/fold-text';
import { ownText } from '../../../src/core/detection/own-text';
import { PHRASES, TRIGGERS } from '../../../src/core/detection/phrases';
import { DETAIL_PATTERNS, detailWords } from '../../../src/core/detection/extract-details';
import { parseEml } from '../../../src/mail/inbound/parse-eml';
import { NOT_REQUESTS, REQUESTS } from './detect-request.cases';

const fixtures = join(__dirname, '../../fixtures');
const folders = [
  join(fixtures, 'messages'),
  ...readdirSync(fixtures)
    .filter((d) => d.startsWith('blind-'))
    .map((d) => join(fixtures, d, 'messages')),
];

const texts: string[] = [];

beforeAll(async () => {
  for (const folder of folders)
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.eml'))) {
      const parsed = await parseEml(new Uint8Array(readFileSync(join(folder, file))));
      if (parsed.ok) texts.push(`${parsed.message.subject}\n\n${parsed.message.bodyText}`);
    }
  for (const c of [...REQUESTS, ...NOT_REQUESTS]) texts.push(`${c.subject ?? ''}\n\n${c.body}`);
});

describe('phrase trigger stems', () => {
  it('every group with a match in any corpus sentence has one of its stems there', () => {
    const all = texts.flatMap((t) => sentences(foldText(ownText(t, '').text)));
    expect(all.length).toBeGreaterThan(3000);
    const missing: string[] = [];
    for (const group of PHRASES) {
      const stems = TRIGGERS[group.id];
      if (!stems) continue;
      const pattern = new RegExp(group.patterns.map((p) => `(?:${p})`).join('|'));
      for (const s of all) {
        // a space in a stem is any word boundary, the sentence's start and end included (stem-scanner.ts)
        const bounded = ` ${s.replace(/[^A-Za-z0-9_]/g, ' ')} `;
        if (pattern.test(s) && !stems.some((stem) => bounded.includes(stem)))
          missing.push(`${group.id}: "${s.slice(0, 80)}"`);
      }
    }
    expect(missing).toEqual([]);
  });

  /*
   * The corpora only hold the wording people used so far. Here each group's own words (the letters of
   * its patterns and stems) are strung together with the characters a word boundary can be — a space,
   * punctuation, "_", "é", a thin space — and wherever the group's expression finds a phrase, the
   * scanner must have found a stem: "restoer" once slipped through that way.
   */
  it.each(PHRASES.filter((g) => TRIGGERS[g.id]).map((g) => [g.id, g] as const))(
    'the stems of %s are in every sentence its patterns match, whatever the words',
    (_id, group) => {
      const stems = TRIGGERS[group.id]!;
      const scan = stemScanner(new Map(stems.map((stem) => [stem, 1])), { wordBoundaries: true });
      const expression = groupExpression(group.patterns);
      const words = new Set(['the', 'die', 'und', 'a', 'we', 'sie', 'es', 'data', '2026']);
      for (const p of group.patterns)
        for (const w of p.replace(/\\[bBsSwWd]/g, ' ').match(/[a-z']+/g) ?? []) words.add(w);
      for (const stem of stems) for (const w of stem.split(' ')) if (w) words.add(w);
      const word = fc.constantFrom(...words);
      const gap = fc.constantFrom(
        ' ',
        ' ',
        ' ',
        ', ',
        '. ',
        '-',
        "'",
        '(',
        '"',
        ': ',
        '? ',
        '/',
        '_',
        'é',
        '\u2009',
        '',
      );
      fc.assert(
        fc.property(fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 9 }), (parts) => {
          const sentence = parts.map(([w, g]) => w + g).join('');
          if (expression.test(sentence)) expect(scan(sentence)).toBe(1);
        }),
        { numRuns: 4000 },
      );
    },
  );

  it('every ticket-detail pattern that matches a corpus text has one of its words there', () => {
    const missing: string[] = [];
    for (const text of texts) {
      const words = detailWords(text);
      DETAIL_PATTERNS.forEach(({ pattern, needs }, bit) => {
        if (needs.length === 0) return; // runs always
        const matches = new RegExp(pattern.source, pattern.flags.replace('g', '')).test(text);
        if (matches && !((words >>> bit) & 1))
          missing.push(`${pattern.source.slice(0, 40)}: "${text.slice(0, 80)}"`);
      });
    }
    expect(texts.length).toBeGreaterThan(2000);
    expect(missing).toEqual([]);
  });
});
