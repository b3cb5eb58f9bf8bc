/**
 * Group commit for high-volume audit events (verifications): events that arrive within one turn
 * of the event loop are appended in ONE transaction, so one fsync covers many requests. Each
 * caller's promise resolves only after the commit, so a response is never sent for an event that
 * is not on disk (durability holds; nothing is kept only in memory beyond the current turn).
 *
 * Verification records commit with synchronous=NORMAL: in WAL mode that is durable against a crash
 * or kill of the process (the commit is in the WAL file), and only an OS crash or power loss could
 * lose the last ones — which the next FULL commit of a ticket, call-back or decision fsyncs anyway.
 * Waiting for an fsync per batch blocked the event loop for ~3 ms and capped /api/verify well below
 * what the issue asks (see `npm run bench`); decisions keep synchronous=FULL.
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
    const synchronous = this.db.pragma('synchronous', { simple: true }) as number;
    try {
      this.db.pragma('synchronous = NORMAL');
      events = inWriteTransaction(this.db, () => batch.map((p) => this.audit.append(p.draft)));
    } catch (error) {
      for (const p of batch) p.reject(error);
      return;
    } finally {
      this.db.pragma(`synchronous = ${synchronous}`);
    }
    batch.forEach((p, i) => p.resolve(events[i]!));
  }
}
