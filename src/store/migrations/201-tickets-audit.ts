import type { Migration } from './index';

/**
 * Restore tickets and the audit trail (issue 4). The audit table is append-only: triggers refuse
 * UPDATE and DELETE, and every row carries the hash of the previous one (src/core/audit). Tickets,
 * their history and their call-backs are never deleted either (R-001: decisions leave evidence).
 * `customer_id` is deliberately not a foreign key: a re-import may drop a customer, the ticket stays.
 */
export const ticketsAudit: Migration = {
  version: 201,
  name: 'restore tickets, call-backs, audit trail',
  sql: `
CREATE TABLE audit_events (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  type TEXT NOT NULL,
  subject TEXT NOT NULL,
  payload TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_events_subject ON audit_events(subject);
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
  BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
  BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;

CREATE TABLE ticket_counters (
  year INTEGER PRIMARY KEY,
  last INTEGER NOT NULL
);

CREATE TABLE tickets (
  id TEXT PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  internet_message_id TEXT NOT NULL UNIQUE,
  state TEXT NOT NULL CHECK (state IN ('new', 'approved', 'in-progress', 'restored', 'closed', 'rejected', 'escalated')),
  customer_id TEXT,
  customer_name TEXT,
  requester_name TEXT NOT NULL,
  requester_address TEXT NOT NULL,
  subject TEXT NOT NULL,
  verdict TEXT NOT NULL CHECK (verdict IN ('verified', 'callback-required', 'suspicious', 'unknown')),
  reasons TEXT NOT NULL,
  kind TEXT CHECK (kind IS NULL OR kind IN ('restore', 'destructive')),
  request TEXT,
  urgency TEXT NOT NULL CHECK (urgency IN ('urgent', 'high', 'normal')),
  urgency_rank INTEGER NOT NULL,
  received_at TEXT,
  created_at TEXT NOT NULL,
  arrival_at TEXT NOT NULL,
  respond_by TEXT,
  responded_at TEXT,
  breach_logged_at TEXT,
  updated_at TEXT NOT NULL
);
CREATE INDEX tickets_queue ON tickets(urgency_rank, arrival_at);
CREATE INDEX tickets_customer ON tickets(customer_id);
CREATE INDEX tickets_window ON tickets(respond_by) WHERE respond_by IS NOT NULL AND breach_logged_at IS NULL;
CREATE TRIGGER tickets_no_delete BEFORE DELETE ON tickets
  BEGIN SELECT RAISE(ABORT, 'tickets are never deleted'); END;

CREATE TABLE ticket_history (
  ticket_id TEXT NOT NULL REFERENCES tickets(id),
  position INTEGER NOT NULL,
  state TEXT NOT NULL,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  reason TEXT,
  PRIMARY KEY (ticket_id, position)
);
CREATE TRIGGER ticket_history_no_update BEFORE UPDATE ON ticket_history
  BEGIN SELECT RAISE(ABORT, 'ticket history is append-only'); END;
CREATE TRIGGER ticket_history_no_delete BEFORE DELETE ON ticket_history
  BEGIN SELECT RAISE(ABORT, 'ticket history is append-only'); END;

CREATE TABLE ticket_callbacks (
  id TEXT PRIMARY KEY,
  ticket_id TEXT NOT NULL REFERENCES tickets(id),
  position INTEGER NOT NULL,
  called_by TEXT NOT NULL,
  number_called TEXT NOT NULL,
  number_owner TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('confirmed', 'denied', 'no-answer')),
  note TEXT NOT NULL,
  called_at TEXT NOT NULL,
  UNIQUE (ticket_id, position)
);
CREATE TRIGGER ticket_callbacks_no_update BEFORE UPDATE ON ticket_callbacks
  BEGIN SELECT RAISE(ABORT, 'call-backs are append-only'); END;
CREATE TRIGGER ticket_callbacks_no_delete BEFORE DELETE ON ticket_callbacks
  BEGIN SELECT RAISE(ABORT, 'call-backs are append-only'); END;
`,
};
