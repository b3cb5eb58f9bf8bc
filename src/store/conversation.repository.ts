/**
 * Teams conversation references (issue 7), stored on install and on every message so proactive
 * alerts survive restarts — never kept only in process memory (../shared/DESIGN.md, scale-out).
 */
import type { ConversationRecord } from '../../bot/flows/ports';
import type { Db } from './database';

/** The bot's conversation record (bot/flows/ports.ts), as this repository stores it. */
export type StoredConversation = ConversationRecord;

interface Row {
  conversation_id: string;
  conversation_type: string;
  user_id: string;
  user_name: string;
  aad_object_id: string | null;
  email: string | null;
  tenant_id: string | null;
  service_url: string;
  reference: string;
}

const toRecord = (r: Row): StoredConversation => ({
  conversationId: r.conversation_id,
  conversationType: r.conversation_type,
  userId: r.user_id,
  userName: r.user_name,
  ...(r.aad_object_id ? { aadObjectId: r.aad_object_id } : {}),
  ...(r.email ? { email: r.email } : {}),
  ...(r.tenant_id ? { tenantId: r.tenant_id } : {}),
  serviceUrl: r.service_url,
  reference: r.reference,
});

export class ConversationRepository {
  constructor(private readonly db: Db) {}

  /** Insert or refresh; an email learnt earlier is kept when this turn did not carry one. */
  save(c: StoredConversation, now: Date): void {
    this.db
      .prepare(
        `INSERT INTO bot_conversations (conversation_id, conversation_type, user_id, user_name, aad_object_id, email,
           tenant_id, service_url, reference, installed, created_at, updated_at)
         VALUES (@conversationId, @conversationType, @userId, @userName, @aadObjectId, @email, @tenantId, @serviceUrl,
           @reference, 1, @now, @now)
         ON CONFLICT (conversation_id) DO UPDATE SET
           conversation_type = excluded.conversation_type, user_id = excluded.user_id, user_name = excluded.user_name,
           aad_object_id = COALESCE(excluded.aad_object_id, aad_object_id), email = COALESCE(excluded.email, email),
           tenant_id = COALESCE(excluded.tenant_id, tenant_id), service_url = excluded.service_url,
           reference = excluded.reference, installed = 1, updated_at = excluded.updated_at`,
      )
      .run({
        conversationId: c.conversationId,
        conversationType: c.conversationType,
        userId: c.userId,
        userName: c.userName,
        aadObjectId: c.aadObjectId ?? null,
        email: c.email?.toLowerCase() ?? null,
        tenantId: c.tenantId ?? null,
        serviceUrl: c.serviceUrl,
        reference: c.reference,
        now: now.toISOString(),
      });
  }

  markUninstalled(conversationId: string, now: Date): void {
    this.db
      .prepare('UPDATE bot_conversations SET installed = 0, updated_at = ? WHERE conversation_id = ?')
      .run(now.toISOString(), conversationId);
  }

  personal(): StoredConversation[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM bot_conversations WHERE installed = 1 AND conversation_type = 'personal'
         ORDER BY updated_at DESC, conversation_id`,
      )
      .all() as Row[];
    return rows.map(toRecord);
  }

  emailOf(conversationId: string): string | undefined {
    const row = this.db
      .prepare('SELECT email FROM bot_conversations WHERE conversation_id = ?')
      .get(conversationId) as { email: string | null } | undefined;
    return row?.email ?? undefined;
  }

  byEmail(email: string): StoredConversation | undefined {
    const row = this.db
      .prepare(
        `SELECT * FROM bot_conversations WHERE installed = 1 AND conversation_type = 'personal' AND email = ?
         ORDER BY updated_at DESC LIMIT 1`,
      )
      .get(email.toLowerCase()) as Row | undefined;
    return row ? toRecord(row) : undefined;
  }
}

/** BCP-3.2 alerts already delivered, one row per ticket and recipient: a retry never pages twice. */
export class TicketAlertLog {
  constructor(private readonly db: Db) {}

  claim(ticketId: string, recipient: string, channel: 'teams' | 'email', now: Date): boolean {
    const r = this.db
      .prepare(
        'INSERT OR IGNORE INTO bot_ticket_alerts (ticket_id, recipient, channel, sent_at) VALUES (?, ?, ?, ?)',
      )
      .run(ticketId, recipient, channel, now.toISOString());
    return r.changes === 1;
  }

  release(ticketId: string, recipient: string): void {
    this.db
      .prepare('DELETE FROM bot_ticket_alerts WHERE ticket_id = ? AND recipient = ?')
      .run(ticketId, recipient);
  }
}
