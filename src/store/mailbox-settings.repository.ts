/**
 * The operator's automatic reply as last set, the pending switch-off at the return, and a record
 * of every change with its read-back result. With the `file` transport this row *is* the setting.
 */
import type { ReplyPlan, ReplyStatus } from '../core/outbox';
import type { Db } from './database';

export interface StoredReplySetting extends ReplyPlan {
  timeZone: string | null;
  updatedAt: string;
}

export interface ReplySettingEvent {
  id: number;
  at: string;
  action: 'set' | 'clear' | 'clear-at-return';
  status: ReplyStatus;
  confirmed: boolean;
  detail: string;
}

export class MailboxSettingsRepository {
  constructor(private readonly db: Db) {}

  current(): StoredReplySetting | undefined {
    const r = this.db.prepare(`SELECT * FROM mailbox_settings WHERE id = 1`).get() as
      | {
          status: ReplyStatus;
          start_at: string | null;
          end_at: string | null;
          time_zone: string | null;
          internal_message: string;
          external_message: string;
          clear_at: string | null;
          updated_at: string;
        }
      | undefined;
    if (!r) return undefined;
    return {
      status: r.status,
      start: r.start_at,
      end: r.end_at,
      timeZone: r.time_zone,
      internalMessage: r.internal_message,
      externalMessage: r.external_message,
      clearAt: r.clear_at,
      updatedAt: r.updated_at,
    };
  }

  save(plan: ReplyPlan, timeZone: string | null, now: Date): void {
    this.db
      .prepare(
        `INSERT INTO mailbox_settings (id, status, start_at, end_at, time_zone, internal_message, external_message, clear_at, updated_at)
        VALUES (1, @status, @start, @end, @timeZone, @internal, @external, @clearAt, @now)
        ON CONFLICT (id) DO UPDATE SET status = excluded.status, start_at = excluded.start_at, end_at = excluded.end_at,
          time_zone = excluded.time_zone, internal_message = excluded.internal_message,
          external_message = excluded.external_message, clear_at = excluded.clear_at, updated_at = excluded.updated_at`,
      )
      .run({
        status: plan.status,
        start: plan.start,
        end: plan.end,
        timeZone,
        internal: plan.internalMessage,
        external: plan.externalMessage,
        clearAt: plan.clearAt,
        now: now.toISOString(),
      });
  }

  /** An `alwaysEnabled` reply whose return has come: our job must switch it off. */
  clearDue(now: Date): StoredReplySetting | undefined {
    const s = this.current();
    return s && s.clearAt !== null && s.clearAt <= now.toISOString() ? s : undefined;
  }

  recordEvent(e: Omit<ReplySettingEvent, 'id' | 'at'>, now: Date): void {
    this.db
      .prepare(
        `INSERT INTO mailbox_setting_events (at, action, status, confirmed, detail) VALUES (?, ?, ?, ?, ?)`,
      )
      .run(now.toISOString(), e.action, e.status, e.confirmed ? 1 : 0, e.detail);
  }

  events(): ReplySettingEvent[] {
    return (
      this.db.prepare(`SELECT * FROM mailbox_setting_events ORDER BY id`).all() as (Omit<
        ReplySettingEvent,
        'confirmed'
      > & {
        confirmed: number;
      })[]
    ).map((e) => ({ ...e, confirmed: e.confirmed === 1 }));
  }
}
