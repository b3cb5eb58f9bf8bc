/**
 * Absences (BCP §4, BCP-5.3). State changes are single conditional UPDATEs, so a second click on
 * "Confirm" — or two server instances handling the same click — changes nothing the second time.
 * Each change is recorded in the audit trail in the same transaction (R-001: decisions documented).
 */
import type { Absence, AbsenceKind, Cover, NoticeAssessment } from '../core/continuity/absence';
import { randomUUID } from 'node:crypto';
import type { AuditEventType } from '../core/audit/audit-chain';
import { AuditRepository, inWriteTransaction } from './audit.repository';
import type { Db } from './database';

interface Row {
  id: string;
  kind: AbsenceKind;
  starts_at: string;
  returns_at: string;
  cover_kind: 'technician' | 'solo';
  contact_name: string;
  contact_phone: string;
  contact_email: string | null;
  state: Absence['state'];
  created_by: string;
  created_at: string;
  confirmed_at: string | null;
  ended_at: string | null;
  notices_queued: number | null;
  auto_reply_status: string | null;
  auto_reply_detail: string | null;
}

export interface AbsenceConfirmation {
  noticesQueued: number;
  autoReplyStatus: string;
  autoReplyDetail: string;
}

function toAbsence(r: Row): Absence & { confirmation?: AbsenceConfirmation } {
  const cover: Cover =
    r.cover_kind === 'technician'
      ? { kind: 'technician', name: r.contact_name, phone: r.contact_phone, email: r.contact_email ?? '' }
      : {
          kind: 'solo',
          name: r.contact_name,
          phone: r.contact_phone,
          ...(r.contact_email ? { email: r.contact_email } : {}),
        };
  return {
    id: r.id,
    kind: r.kind,
    start: r.starts_at,
    returnsAt: r.returns_at,
    cover,
    state: r.state,
    createdAt: r.created_at,
    createdBy: r.created_by,
    ...(r.confirmed_at ? { confirmedAt: r.confirmed_at } : {}),
    ...(r.ended_at ? { endedAt: r.ended_at } : {}),
    ...(r.notices_queued !== null
      ? {
          confirmation: {
            noticesQueued: r.notices_queued,
            autoReplyStatus: r.auto_reply_status ?? '',
            autoReplyDetail: r.auto_reply_detail ?? '',
          },
        }
      : {}),
  };
}

export class AbsenceRepository {
  constructor(private readonly db: Db) {}

  createDraft(a: Absence, assessment: NoticeAssessment): void {
    this.db
      .prepare(
        `INSERT INTO absences (id, kind, starts_at, returns_at, cover_kind, contact_name, contact_phone, contact_email,
           state, notice_due_by, notice_late, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?)`,
      )
      .run(
        a.id,
        a.kind,
        a.start,
        a.returnsAt,
        a.cover.kind,
        a.cover.name,
        a.cover.phone,
        a.cover.email ?? null,
        assessment.dueBy,
        assessment.late ? 1 : 0,
        a.createdBy,
        a.createdAt,
      );
  }

  byId(id: string): (Absence & { confirmation?: AbsenceConfirmation }) | undefined {
    const row = this.db.prepare('SELECT * FROM absences WHERE id = ?').get(id) as Row | undefined;
    return row ? toAbsence(row) : undefined;
  }

  confirm(id: string, by: string, now: Date): boolean {
    return inWriteTransaction(this.db, () => {
      const r = this.db
        .prepare(
          `UPDATE absences SET state = 'confirmed', confirmed_by = ?, confirmed_at = ? WHERE id = ? AND state = 'draft'`,
        )
        .run(by, now.toISOString(), id);
      if (r.changes === 1) this.audit('absence.confirmed', id, by, now);
      return r.changes === 1;
    });
  }

  recordConfirmation(id: string, c: AbsenceConfirmation, by: string, now: Date): void {
    inWriteTransaction(this.db, () => {
      this.db
        .prepare(
          'UPDATE absences SET notices_queued = ?, auto_reply_status = ?, auto_reply_detail = ? WHERE id = ?',
        )
        .run(c.noticesQueued, c.autoReplyStatus, c.autoReplyDetail, id);
      this.audit('absence.notice-queued', id, by, now, { ...c });
    });
  }

  /** The audit event of an absence change: what was decided, with the absence as it now stands. */
  private audit(
    type: AuditEventType,
    id: string,
    actor: string,
    now: Date,
    extra: Record<string, string | number> = {},
  ): void {
    const a = this.db.prepare('SELECT * FROM absences WHERE id = ?').get(id) as Row;
    new AuditRepository(this.db).append({
      id: randomUUID(),
      at: now.toISOString(),
      actor,
      type,
      subject: `absence:${id}`,
      payload: {
        kind: a.kind,
        startsAt: a.starts_at,
        returnsAt: a.returns_at,
        cover:
          a.cover_kind === 'technician' ? `${a.contact_name} (${a.contact_phone})` : 'none: solo posture',
        ...extra,
      },
    });
  }

  discard(id: string, _now: Date): boolean {
    return (
      this.db.prepare(`UPDATE absences SET state = 'discarded' WHERE id = ? AND state = 'draft'`).run(id)
        .changes === 1
    );
  }

  open(now: Date): Absence | undefined {
    const row = this.db
      .prepare(
        `SELECT * FROM absences WHERE state = 'confirmed' AND returns_at > ? ORDER BY starts_at LIMIT 1`,
      )
      .get(now.toISOString()) as Row | undefined;
    return row ? toAbsence(row) : undefined;
  }

  coverEmails(): string[] {
    const rows = this.db
      .prepare(
        `SELECT DISTINCT contact_email AS email FROM absences
         WHERE cover_kind = 'technician' AND state IN ('confirmed', 'ended') AND contact_email IS NOT NULL`,
      )
      .all() as { email: string }[];
    return rows.map((r) => r.email);
  }

  end(id: string, by: string, now: Date): boolean {
    return inWriteTransaction(this.db, () => {
      const r = this.db
        .prepare(
          `UPDATE absences SET state = 'ended', ended_by = ?, ended_at = ? WHERE id = ? AND state = 'confirmed'`,
        )
        .run(by, now.toISOString(), id);
      if (r.changes === 1) this.audit('absence.ended', id, by, now);
      return r.changes === 1;
    });
  }
}
