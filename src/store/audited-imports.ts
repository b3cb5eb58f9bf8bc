/**
 * Imports that change customer data, recorded in the audit trail in the same transaction
 * privileged actions leave evidence). Wraps the lead's all-or-nothing folder import.
 */
import type { FileProblem } from '../core/shared/file-problem';
import { AuditRepository, inWriteTransaction } from './audit.repository';
import type { ImportSummary } from './customer.repository';
import type { Db } from './database';
import { importCustomerFolder, importRiskRegisterFile, type ImportOutcome } from './imports';

export function importCustomersAudited(
  db: Db,
  dir: string,
  actor: string,
  now: Date,
  newId: () => string,
): ImportOutcome<ImportSummary> {
  return inWriteTransaction(db, () => {
    const outcome = importCustomerFolder(db, dir, now);
    if (!outcome.ok || !outcome.summary) return outcome;
    const s = outcome.summary;
    new AuditRepository(db).append({
      id: newId(),
      at: now.toISOString(),
      actor,
      type: 'customers.imported',
      subject: '',
      payload: {
        folder: dir,
        added: s.added,
        updated: s.updated,
        removed: s.removed,
        unchanged: s.unchanged.length,
        warnings: outcome.problems.filter((p: FileProblem) => p.severity === 'warning').length,
      },
    });
    return outcome;
  });
}

/** The risk register import, with its audit event in the same transaction. */
export function importRiskRegisterAudited(
  db: Db,
  file: string,
  actor: string,
  now: Date,
  newId: () => string,
): ImportOutcome<{ imported: number; keptAsClosed: string[] }> {
  return inWriteTransaction(db, () => {
    const outcome = importRiskRegisterFile(db, file, now);
    if (!outcome.ok || !outcome.summary) return outcome;
    new AuditRepository(db).append({
      id: newId(),
      at: now.toISOString(),
      actor,
      type: 'risks.imported',
      subject: '',
      payload: { file, imported: outcome.summary.imported, keptAsClosed: outcome.summary.keptAsClosed },
    });
    return outcome;
  });
}

/** Records that the register was exported (R-001: what left the system, when, by whom). */
export function recordRiskExport(
  db: Db,
  target: string,
  risks: number,
  actor: string,
  now: Date,
  newId: () => string,
): void {
  inWriteTransaction(db, () =>
    new AuditRepository(db).append({
      id: newId(),
      at: now.toISOString(),
      actor,
      type: 'risks.exported',
      subject: '',
      payload: { target, risks },
    }),
  );
}
