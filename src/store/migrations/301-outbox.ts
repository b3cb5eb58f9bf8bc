import type { Migration } from './index';

/**
 * The outbox (issue 5): one row per customer message and every state change with its time and the
 * transport's response, the BCP §6 record of what was sent to whom and when. No foreign key to
 * customers: the record must outlive a re-import of the customer folder.
 */
export const outbox: Migration = {
  version: 301,
  name: 'outbox messages and events, mailbox settings',
  sql: `
CREATE TABLE outbox_messages (
  id INTEGER PRIMARY KEY,
  idempotency_key TEXT NOT NULL UNIQUE,
  notice_id TEXT NOT NULL,
  customer_id TEXT,
  recipients TEXT NOT NULL,
  recipient_count INTEGER NOT NULL CHECK (recipient_count > 0),
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  language TEXT NOT NULL CHECK (language IN ('de', 'en')),
  state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  check_first INTEGER NOT NULL DEFAULT 0 CHECK (check_first IN (0, 1)),
  unknown_since TEXT,
  next_attempt_at TEXT NOT NULL,
  lease_until TEXT,
  delivery TEXT CHECK (delivery IN ('accepted', 'written')),
  last_error TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  sent_at TEXT
);
CREATE INDEX outbox_messages_due ON outbox_messages(state, next_attempt_at);
CREATE INDEX outbox_messages_notice ON outbox_messages(notice_id);
CREATE TABLE outbox_events (
  id INTEGER PRIMARY KEY,
  message_id INTEGER NOT NULL REFERENCES outbox_messages(id),
  at TEXT NOT NULL,
  kind TEXT NOT NULL,
  state TEXT NOT NULL,
  attempt INTEGER NOT NULL,
  detail TEXT NOT NULL,
  transport_status INTEGER,
  transport_response TEXT
);
CREATE INDEX outbox_events_message ON outbox_events(message_id, id);
CREATE INDEX outbox_events_claims ON outbox_events(kind, at);
CREATE TABLE mailbox_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  status TEXT NOT NULL CHECK (status IN ('disabled', 'alwaysEnabled', 'scheduled')),
  start_at TEXT,
  end_at TEXT,
  time_zone TEXT,
  internal_message TEXT NOT NULL,
  external_message TEXT NOT NULL,
  clear_at TEXT,
  updated_at TEXT NOT NULL
);
CREATE TABLE mailbox_setting_events (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  action TEXT NOT NULL,
  status TEXT NOT NULL,
  confirmed INTEGER NOT NULL CHECK (confirmed IN (0, 1)),
  detail TEXT NOT NULL
);
`,
};
