/**
 * The trigger stems of phrases.ts are a pre-filter: a group's patterns run on a sentence only when
 * one of its stems occurs (a space in a stem standing for any word boundary). A stem list that misses a pattern's words would silently switch that
 * pattern off. Checked on every sentence of every corpus and detection case: wherever a group's
 * patterns match, one of its stems occurs. The same for the words of the ticket-detail patterns
 * (extract-details.ts), on whole texts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sentences } from '../../../src/core/detection/detect-request';
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
