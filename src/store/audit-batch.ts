/**
 * Group commit for high-volume audit events (verifications): events that arrive within one turn
 * of the event loop are appended in ONE transaction, so one fsync covers many requests. Each
 * caller's promise resolves only after the commit, so a response is never sent for an event that
 * is not on disk (durability holds; nothing is kept only in memory beyond the current turn).
 */
import type { AuditDraft, AuditEvent } from '../core/audit/audit-chain';
import { AuditRepository, inWriteTransaction } from './audit.repository';
import type { Db } from './database';

interface Pending {
  draft: AuditDraft;
  resolve: (event: AuditEvent) => void;
  reject: (error: unknown) => void;
}

export class AuditBatch {
  private pending: Pending[] = [];
  private scheduled = false;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditRepository = new AuditRepository(db),
  ) {}

  append(draft: AuditDraft): Promise<AuditEvent> {
    return new Promise<AuditEvent>((resolve, reject) => {
      this.pending.push({ draft, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    this.scheduled = false;
    let events: AuditEvent[];
    try {
      events = inWriteTransaction(this.db, () => batch.map((p) => this.audit.append(p.draft)));
    } catch (error) {
      for (const p of batch) p.reject(error);
      return;
    }
    batch.forEach((p, i) => p.resolve(events[i]!));
  }
}
