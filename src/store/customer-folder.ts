/** Reads a folder of customer YAML files (the onboarding data) and checks them as one set. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseCustomerSet, type CustomerSetResult } from '../core/customers/customer-set';
import type { FileProblem } from '../core/shared/file-problem';

export interface CustomerFolderResult extends CustomerSetResult {
  errors: FileProblem[];
  warnings: FileProblem[];
  files: string[];
}

export function readCustomerFolder(dir: string, cwd = process.cwd()): CustomerFolderResult {
  let entries: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    entries = readdirSync(dir)
      .filter((f) => /\.ya?ml$/i.test(f))
      .sort();
  } catch (error) {
    const problem: FileProblem = {
      file: dir,
      line: null,
      field: null,
      severity: 'error',
      code: 'folder-unreadable',
      message: `cannot read the customers folder (${(error as Error).message}): expected a folder of .yaml files`,
    };
    return {
      customers: [],
      usable: [],
      problems: [problem],
      ok: false,
      errors: [problem],
      warnings: [],
      files: [],
    };
  }
  const display = (f: string) => relative(cwd, join(dir, f)) || f;
  const sources = entries.map((f) => ({ file: display(f), text: readFileSync(join(dir, f), 'utf8') }));
  const result = parseCustomerSet(sources);
  if (sources.length === 0) {
    const problem: FileProblem = {
      file: dir,
      line: null,
      field: null,
      severity: 'error',
      code: 'folder-empty',
      message: 'no .yaml customer files in this folder',
    };
    result.problems.push(problem);
    result.ok = false;
  }
  return {
    ...result,
    errors: result.problems.filter((p) => p.severity === 'error'),
    warnings: result.problems.filter((p) => p.severity === 'warning'),
    files: sources.map((s) => s.file),
  };
}
