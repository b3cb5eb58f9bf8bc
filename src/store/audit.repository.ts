/**
 * The audit trail in SQLite: append-only (triggers refuse UPDATE and DELETE) and hash-chained
 * with SHA-256 (src/core/audit). Appending reads the last event and writes the next one; callers
 * run it inside an IMMEDIATE transaction (see `inWriteTransaction`) together with the change it
 * records, so two writers — the server and the CLI — can never fork the chain.
 */
import { createHash } from 'node:crypto';
import {
  canonicalJson,
  checkChain,
  sealEvent,
  type AuditDraft,
  type AuditEvent,
  type ChainCheck,
  type HashFn,
} from '../core/audit/audit-chain';
import type { Db } from './database';

export const sha256: HashFn = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

interface AuditRow {
  seq: number;
  id: string;
  at: string;
  actor: string;
  type: AuditEvent['type'];
  subject: string;
  payload: string;
  prev_hash: string;
  hash: string;
}

const toEvent = (r: AuditRow): AuditEvent => ({
  seq: r.seq,
  id: r.id,
  at: r.at,
  actor: r.actor,
  type: r.type,
  subject: r.subject,
  payload: JSON.parse(r.payload) as AuditEvent['payload'],
  prevHash: r.prev_hash,
  hash: r.hash,
});

/** Runs `fn` in one IMMEDIATE transaction (the write lock is taken up front: no fork, no upgrade deadlock). */
export function inWriteTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}

export class AuditRepository {
  private readonly last;
  private readonly insert;
  private readonly selectAll;
  private readonly selectSubject;

  constructor(
    private readonly db: Db,
    private readonly hash: HashFn = sha256,
  ) {
    this.last = db.prepare('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1');
    this.insert = db.prepare(
      'INSERT INTO audit_events (seq, id, at, actor, type, subject, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.selectAll = db.prepare('SELECT * FROM audit_events ORDER BY seq');
    this.selectSubject = db.prepare('SELECT * FROM audit_events WHERE subject = ? ORDER BY seq');
  }

  /** Appends one event. Must run inside a write transaction (the caller's, with the change it records). */
  append(draft: AuditDraft): AuditEvent {
    if (!this.db.inTransaction)
      throw new Error('AuditRepository.append must run inside inWriteTransaction()');
    const previous = this.last.get() as { seq: number; hash: string } | undefined;
    const event = sealEvent(draft, previous ?? null, this.hash);
    this.insert.run(
      event.seq,
      event.id,
      event.at,
      event.actor,
      event.type,
      event.subject,
      canonicalJson(event.payload),
      event.prevHash,
      event.hash,
    );
    return event;
  }

  *events(): IterableIterator<AuditEvent> {
    for (const row of this.selectAll.iterate() as IterableIterator<AuditRow>) yield toEvent(row);
  }

  forSubject(subject: string): AuditEvent[] {
    return (this.selectSubject.all(subject) as AuditRow[]).map(toEvent);
  }

  /** Checks the whole chain in sequence order and names the first broken event. */
  verify(): ChainCheck {
    return checkChain(this.events(), this.hash);
  }
}
