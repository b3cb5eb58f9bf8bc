/** A problem found in a customer's file or the register: names the file, the line, the field and the fix. */
export interface FileProblem {
  file: string;
  line: number | null;
  /** Dotted path of the field (`contacts.1.email`), or null for the file as a whole. */
  field: string | null;
  message: string;
  severity: 'error' | 'warning';
  /** Stable code, for tests and tools. */
  code: string;
}

export function formatProblem(p: FileProblem): string {
  const where = `${p.file}${p.line === null ? '' : `:${p.line}`}`;
  return `${where}: ${p.severity}: ${p.field === null ? '' : `${p.field}: `}${p.message}`;
}
