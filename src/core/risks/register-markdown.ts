/**
 * The risk register's Markdown document (ISMS-RISK-001, the wiki page) ↔ risks.
 *
 * The document is parsed with a real GFM parser (remark-gfm). The wiki extract has lost its blank
 * lines, so GFM reads the scoring table, the prose after it and the risk table as one table; we
 * therefore walk table rows and recognise the risk tables by their header row (ID | Risk | L | I |
 * Score | …), whatever table they were glued into. Cells are kept as their Markdown source, so an
 * export writes back exactly what was read.
 */
import type { Root, RootContent, Table, TableRow } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { FileProblem } from '../shared/file-problem';
import { riskScore, titleOf, type Risk, type RiskSection } from './risk';

type Column =
  | 'id'
  | 'risk'
  | 'l'
  | 'i'
  | 'score'
  | 'treatment'
  | 'owner'
  | 'target'
  | 'status'
  | 'closedOn'
  | 'rationale';

const headerNames: Record<string, Column> = {
  id: 'id',
  risk: 'risk',
  l: 'l',
  likelihood: 'l',
  i: 'i',
  impact: 'i',
  score: 'score',
  treatment: 'treatment',
  owner: 'owner',
  'target date': 'target',
  target: 'target',
  status: 'status',
  'closed on': 'closedOn',
  'closure date': 'closedOn',
  closed: 'closedOn',
  rationale: 'rationale',
  'closure rationale': 'rationale',
};
const required: Column[] = ['id', 'risk', 'l', 'i', 'score', 'treatment', 'owner', 'target', 'status'];

/** A line of prose that opens the closed-risks section (RISK-4). */
const closedMarker = /closed risks|risks moved here|geschlossene risiken/i;

export interface RiskRowLocation {
  id: string;
  /** 1-based line of the row in the document. */
  line: number;
  section: RiskSection;
}

export interface ParsedRegister {
  risks: Risk[];
  problems: FileProblem[];
  rows: RiskRowLocation[];
  /** 1-based line after which a closed-risks table belongs when the document has none yet. */
  closedSectionLine: number | null;
}

export function parseRegister(file: string, markdown: string): ParsedRegister {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const problems: FileProblem[] = [];
  const risks: Risk[] = [];
  const rows: RiskRowLocation[] = [];
  const seen = new Map<string, number>();
  let columns: Column[] | null = null;
  let section: RiskSection = 'open';
  let closedSectionLine: number | null = null;
  const problem = (line: number, field: string | null, message: string, code: string) =>
    problems.push({ file, line, field, message, code, severity: 'error' });

  const sourceOf = (node: { position?: { start: { offset?: number }; end: { offset?: number } } }) =>
    markdown.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);

  const markClosed = (text: string, endLine: number) => {
    if (closedMarker.test(text)) {
      section = 'closed';
      columns = null;
      closedSectionLine ??= endLine;
    }
  };

  const visitRow = (row: TableRow) => {
    const line = row.position?.start.line ?? 0;
    const cells = row.children.map((c) => cellSource(sourceOf(c)));
    const names = cells.map((c) => headerNames[c.toLowerCase()]);
    if (names.includes('id') && names.includes('risk')) {
      columns = names as Column[];
      const missing = required.filter((r) => !names.includes(r));
      if (missing.length)
        problem(
          line,
          null,
          `the risk table's header lacks ${missing.join(', ')}: expected ID | Risk | L | I | Score | Treatment | Owner | Target date | Status`,
          'header',
        );
      return;
    }
    const text = cells.filter((c) => c !== '').join(' ');
    if (cells.length <= 1 || !/^R-\d+/i.test(cells[0] ?? '')) {
      if (
        columns &&
        !/^:?-+:?$/.test(cells[0] ?? '') &&
        !/^R-\d+/i.test(cells[0] ?? '') &&
        cells.filter((c) => c !== '').length > 1
      ) {
        // A row inside a risk table that is not a risk: likely a broken id.
        problem(
          line,
          'ID',
          `"${cells[0]}" is not a risk id: expected R- followed by digits, e.g. R-015`,
          'bad-id',
        );
      }
      markClosed(text, endLineOfParagraph(markdown, line));
      return;
    }
    if (!columns) return;
    rows.push({ id: cells[0]!, line, section });
    const risk = toRisk(cells, columns, section, line, problem);
    if (!risk) return;
    const firstLine = seen.get(risk.id);
    if (firstLine !== undefined) {
      problem(
        line,
        'ID',
        `${risk.id} appears twice (first on line ${firstLine}): risk ids must be unique`,
        'duplicate-id',
      );
      return;
    }
    seen.set(risk.id, line);
    risks.push(risk);
  };

  const visit = (node: RootContent) => {
    if (node.type === 'table') (node as Table).children.forEach(visitRow);
    else if (node.type === 'heading' || node.type === 'paragraph') {
      const text = sourceOf(node);
      const before = section;
      markClosed(text, node.position?.end.line ?? 0);
      if (node.type === 'heading' && before === 'closed' && !closedMarker.test(text)) section = 'open';
    }
  };
  tree.children.forEach(visit);

  if (risks.length === 0 && problems.length === 0) {
    problem(
      1,
      null,
      'no risk table found: expected a table with the header | ID | Risk | L | I | Score | Treatment | Owner | Target date | Status |',
      'no-table',
    );
  }
  return { risks, problems, rows, closedSectionLine };
}

function toRisk(
  cells: string[],
  columns: Column[],
  section: RiskSection,
  line: number,
  problem: (line: number, field: string | null, message: string, code: string) => void,
): Risk | null {
  const get = (c: Column) => {
    const i = columns.indexOf(c);
    return i < 0 ? '' : (cells[i] ?? '');
  };
  const id = get('id');
  let ok = true;
  const fail = (field: string, message: string, code: string) => {
    problem(line, field, `${id}: ${message}`, code);
    ok = false;
  };
  if (cells.length !== columns.length) {
    fail(
      'row',
      `has ${cells.length} cells where the header has ${columns.length}: a "|" inside a cell must be written "\\|"`,
      'cell-count',
    );
    return null;
  }
  if (!/^R-\d{3,}$/.test(id))
    fail('ID', `"${id}" is not a risk id: expected R- and three digits, e.g. R-015`, 'bad-id');
  const scale = (field: string, value: string) => {
    const n = Number(value);
    // RISK-1: likelihood and impact are scored 1–4.
    if (!/^\d+$/.test(value) || n < 1 || n > 4) {
      fail(field, `${field} "${value}" is outside the scale: expected a whole number from 1 to 4`, 'scale');
      return NaN;
    }
    return n;
  };
  const likelihood = scale('L', get('l'));
  const impact = scale('I', get('i'));
  const score = Number(get('score'));
  if (!/^\d+$/.test(get('score'))) fail('Score', `score "${get('score')}" is not a number`, 'score');
  else if (
    Number.isFinite(likelihood) &&
    Number.isFinite(impact) &&
    score !== riskScore(likelihood, impact)
  ) {
    // RISK-1: score = likelihood × impact.
    fail(
      'Score',
      `score ${score} does not match L × I = ${likelihood} × ${impact} = ${riskScore(likelihood, impact)}`,
      'score-mismatch',
    );
  }
  for (const [field, col] of [
    ['Risk', 'risk'],
    ['Treatment', 'treatment'],
    ['Owner', 'owner'],
    ['Status', 'status'],
  ] as const) {
    if (get(col) === '') fail(field, `${field} is empty`, 'empty');
  }
  if (!ok) return null;
  const closedOn = get('closedOn');
  const rationale = get('rationale');
  const isClosed = section === 'closed' || /^closed\b/i.test(get('status'));
  return {
    id,
    title: titleOf(get('risk')),
    description: get('risk'),
    likelihood,
    impact,
    score,
    treatment: get('treatment'),
    owner: get('owner'),
    target: get('target'),
    status: get('status'),
    section: isClosed ? 'closed' : 'open',
    ...(closedOn ? { closedOn } : {}),
    ...(rationale ? { closureRationale: rationale } : {}),
  };
}

/** A cell's Markdown source without the surrounding pipes and spaces. */
function cellSource(raw: string): string {
  // `\|` is the table's own escape for a pipe inside a cell: the value holds a plain `|`.
  return raw
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .trim()
    .replace(/\\\|/g, '|');
}

/** The line on which the sentence that starts on `line` ends (prose rows glued into a table span lines). */
function endLineOfParagraph(markdown: string, line: number): number {
  const lines = markdown.split('\n');
  for (let i = line - 1; i < lines.length; i++) {
    const l = (lines[i] ?? '').trim();
    if (l === '' || /[.)]$/.test(l)) return i + 1;
  }
  return line;
}

const escapeCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

const openHeader =
  '| ID | Risk | L | I | Score | Treatment | Owner | Target date | Status |\n|---|---|---|---|---|---|---|---|---|';
const closedHeader =
  '| ID | Risk | L | I | Score | Treatment | Owner | Target date | Status | Closed on | Closure rationale |\n|---|---|---|---|---|---|---|---|---|---|---|';

function row(r: Risk): string {
  const cells = [
    r.id,
    r.description,
    r.likelihood,
    r.impact,
    r.score,
    r.treatment,
    r.owner,
    r.target,
    r.status,
  ];
  if (r.section === 'closed') cells.push(r.closedOn ?? '', r.closureRationale ?? '');
  return `| ${cells.map((c) => escapeCell(String(c))).join(' | ')} |`;
}

/**
 * Writes the register back into its document: the risk rows are replaced in place, the prose and
 * other tables stay as they were, and closed risks (RISK-4) go into the closed section's table,
 * which is created after the section's opening sentence when the document has none yet.
 */
export function exportRegister(markdown: string, risks: Risk[]): string {
  const parsed = parseRegister('register', markdown);
  const lines = markdown.split('\n');
  const open = risks.filter((r) => r.section === 'open');
  const closed = risks.filter((r) => r.section === 'closed');
  const openRows = parsed.rows.filter((r) => r.section === 'open').map((r) => r.line);
  const closedRows = parsed.rows.filter((r) => r.section === 'closed').map((r) => r.line);

  const insertions = new Map<number, string[]>(); // after 1-based line → lines
  const remove = new Set<number>([...openRows, ...closedRows]);
  const at = (line: number, block: string[]) =>
    insertions.set(line, [...(insertions.get(line) ?? []), ...block]);

  if (openRows.length > 0) at(openRows[0]! - 1, open.map(row));
  else if (open.length > 0) at(lines.length, ['', openHeader, ...open.map(row)]);

  if (closedRows.length > 0) at(closedRows[0]! - 1, closed.map(row));
  else if (closed.length > 0) {
    if (parsed.closedSectionLine !== null)
      at(parsed.closedSectionLine, ['', closedHeader, ...closed.map(row), '']);
    else at(lines.length, ['', 'Closed risks', '', closedHeader, ...closed.map(row)]);
  }

  const out: string[] = [...(insertions.get(0) ?? [])];
  lines.forEach((text, i) => {
    const n = i + 1;
    if (!remove.has(n)) out.push(text);
    out.push(...(insertions.get(n) ?? []));
  });
  return out.join('\n');
}
