import type { Migration } from './index';

/**
 * The Teams bot (issue 7): conversation references for proactive messages (kept in the store, so
 * they survive restarts and several instances can share them), absences, and the alerts already
 * sent per ticket and recipient (a ticket alert is delivered once per recipient).
 */
export const bot: Migration = {
  version: 401,
  name: 'bot conversations, absences, ticket alerts',
  sql: `
CREATE TABLE bot_conversations (
  conversation_id TEXT PRIMARY KEY,
  conversation_type TEXT NOT NULL,
  user_id TEXT NOT NULL,
  user_name TEXT NOT NULL,
  aad_object_id TEXT,
  email TEXT,
  tenant_id TEXT,
  service_url TEXT NOT NULL,
  reference TEXT NOT NULL,
  installed INTEGER NOT NULL CHECK (installed IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX bot_conversations_email ON bot_conversations(email);
CREATE TABLE absences (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('planned', 'illness', 'other')),
  starts_at TEXT NOT NULL,
  returns_at TEXT NOT NULL CHECK (returns_at > starts_at),
  cover_kind TEXT NOT NULL CHECK (cover_kind IN ('technician', 'solo')),
  contact_name TEXT NOT NULL,
  contact_phone TEXT NOT NULL,
  contact_email TEXT,
  state TEXT NOT NULL CHECK (state IN ('draft', 'confirmed', 'ended', 'discarded')),
  notice_due_by TEXT,
  notice_late INTEGER NOT NULL CHECK (notice_late IN (0, 1)),
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  confirmed_by TEXT,
  confirmed_at TEXT,
  notices_queued INTEGER,
  auto_reply_status TEXT,
  auto_reply_detail TEXT,
  ended_by TEXT,
  ended_at TEXT
);
CREATE INDEX absences_state ON absences(state, returns_at);
CREATE TABLE bot_ticket_alerts (
  ticket_id TEXT NOT NULL,
  recipient TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('teams', 'email')),
  sent_at TEXT NOT NULL,
  PRIMARY KEY (ticket_id, recipient)
);
`,
};
