import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportRegister, parseRegister } from '../../../src/core/risks/register-markdown';

const seed = readFileSync(join(__dirname, '../../../examples/risk-register.md'), 'utf8');

/** Replaces the cells of one row of the seed's risk table. */
const withRow = (id: string, replace: (cells: string[]) => string[]) =>
  seed
    .split('\n')
    .map((line) => {
      if (!line.startsWith(`| ${id} |`)) return line;
      const cells = line.slice(2, -2).split(' | ');
      return `| ${replace(cells).join(' | ')} |`;
    })
    .join('\n');

describe('the risk register document', () => {
  it('RISK-1 imports the 14 open risks of the seed with their scores', () => {
    const { risks, problems } = parseRegister('register.md', seed);
    expect(problems).toEqual([]);
    expect(risks).toHaveLength(14);
    expect(risks.filter((r) => r.score === 12).map((r) => r.id)).toEqual(['R-005', 'R-006', 'R-011']);
    expect(risks.every((r) => r.score === r.likelihood * r.impact)).toBe(true);
    expect(risks.find((r) => r.id === 'R-014')).toMatchObject({
      title: 'Customer authorised-contact list completeness.',
      owner: 'ISO',
      target: 'within one quarter',
      status: 'Open',
      section: 'open',
    });
  });

  it.each([
    [
      'RISK-1 a score that is not L × I',
      withRow('R-007', (c) => c.map((v, i) => (i === 4 ? '9' : v))),
      'R-007',
      'score-mismatch',
      /does not match L × I = 2 × 3 = 6/,
    ],
    [
      'RISK-1 a likelihood outside 1–4',
      withRow('R-010', (c) => c.map((v, i) => (i === 2 ? '5' : i === 4 ? '10' : v))),
      'R-010',
      'scale',
      /1 to 4/,
    ],
    [
      'an impact that is not a number',
      withRow('R-010', (c) => c.map((v, i) => (i === 3 ? 'high' : v))),
      'R-010',
      'scale',
      /1 to 4/,
    ],
    [
      'a duplicate id',
      withRow('R-013', (c) => c.map((v, i) => (i === 0 ? 'R-012' : v))),
      'R-012',
      'duplicate-id',
      /appears twice/,
    ],
    [
      'an empty owner',
      withRow('R-009', (c) => c.map((v, i) => (i === 6 ? '' : v))),
      'R-009',
      'empty',
      /Owner is empty/,
    ],
    [
      'an unescaped pipe in a cell',
      withRow('R-009', (c) => c.map((v, i) => (i === 5 ? 'Transfer | insure' : v))),
      'R-009',
      'cell-count',
      /\\\|/,
    ],
  ])('refuses %s, naming the row', (_case, markdown, id, code, message) => {
    const { problems } = parseRegister('register.md', markdown);
    const line =
      markdown.split('\n').findIndex((l) => l.startsWith(`| ${id} |`) && !seed.split('\n').includes(l)) + 1;
    expect(problems).toEqual([expect.objectContaining({ code, severity: 'error', file: 'register.md' })]);
    expect(problems[0]?.message).toMatch(message);
    expect(problems[0]?.message).toContain(id);
    if (line > 0) expect(problems[0]?.line).toBe(line);
  });

  it('refuses a document without a risk table', () => {
    expect(parseRegister('x.md', '# Notes\n\nNothing here.').problems[0]).toMatchObject({
      code: 'no-table',
      line: 1,
    });
  });

  it('exports the seed unchanged: the wiki stays the source of truth', () => {
    const { risks } = parseRegister('register.md', seed);
    expect(exportRegister(seed, risks)).toBe(seed);
  });

  it('round-trips changed risks: import → export → import gives the same risks', () => {
    const { risks } = parseRegister('register.md', seed);
    const changed = risks.map((r) =>
      r.id === 'R-010'
        ? {
            ...r,
            likelihood: 1,
            score: 2,
            status: 'Open — template drafted',
            treatment: 'Mitigate: template | checklist',
          }
        : r,
    );
    const again = parseRegister('register.md', exportRegister(seed, changed));
    expect(again.problems).toEqual([]);
    expect(again.risks).toEqual(changed);
  });

  it('RISK-4 keeps closed risks in the closed section, with date and rationale, across a round trip', () => {
    const { risks } = parseRegister('register.md', seed);
    const closed = risks.map((r) =>
      r.id === 'R-010'
        ? {
            ...r,
            section: 'closed' as const,
            status: 'Closed',
            closedOn: '2026-11-20',
            closureRationale: 'Certificate-of-destruction template in use since October.',
          }
        : r,
    );
    const markdown = exportRegister(seed, closed);
    const again = parseRegister('register.md', markdown);
    expect(again.problems).toEqual([]);
    expect(again.risks.find((r) => r.id === 'R-010')).toEqual(closed.find((r) => r.id === 'R-010'));
    expect(again.risks.filter((r) => r.section === 'open')).toHaveLength(13);
    // The closed table sits after the closed section's opening sentence, before the acceptance rules.
    expect(markdown.indexOf('| R-010 |')).toBeGreaterThan(markdown.indexOf('they are not deleted.)'));
    expect(markdown.indexOf('| R-010 |')).toBeLessThan(markdown.indexOf('Risks that are accepted'));
    // …and a second round trip changes nothing.
    expect(exportRegister(markdown, again.risks)).toBe(markdown);
  });
});
