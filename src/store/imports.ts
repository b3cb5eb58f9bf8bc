/** Imports of the ISMS documents into the store: the customers folder and the risk register. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseRegister } from '../core/risks/register-markdown';
import type { FileProblem } from '../core/shared/file-problem';
import { readCustomerFolder } from './customer-folder';
import { CustomerRepository, type ImportSummary } from './customer.repository';
import type { Db } from './database';
import { RiskRepository } from './risk.repository';

export interface ImportOutcome<T> {
  ok: boolean;
  problems: FileProblem[];
  summary: T | null;
}

/** A folder with any error imports nothing (a bad file never half-imports). */
export function importCustomerFolder(db: Db, dir: string, now: Date): ImportOutcome<ImportSummary> {
  const folder = readCustomerFolder(dir);
  if (!folder.ok) return { ok: false, problems: folder.problems, summary: null };
  const summary = new CustomerRepository(db).replaceAll(folder.customers, now);
  return { ok: true, problems: folder.problems, summary };
}

export function importRiskRegisterFile(
  db: Db,
  file: string,
  now: Date,
): ImportOutcome<{ imported: number; keptAsClosed: string[] }> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return {
      ok: false,
      summary: null,
      problems: [
        {
          file,
          line: null,
          field: null,
          severity: 'error',
          code: 'unreadable',
          message: `cannot read the register: ${(error as Error).message}`,
        },
      ],
    };
  }
  const parsed = parseRegister(relative(process.cwd(), file) || file, text);
  if (parsed.problems.some((p) => p.severity === 'error'))
    return { ok: false, problems: parsed.problems, summary: null };
  const summary = new RiskRepository(db).importRegister(parsed.risks, text, now);
  return { ok: true, problems: parsed.problems, summary };
}
