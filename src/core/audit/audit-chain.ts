/**
 * The audit trail as a hash chain (R-001: privileged actions and decisions leave evidence).
 * Each event carries the hash of the previous one; changing, removing or reordering any stored
 * event breaks every hash after it. The core defines the canonical serialisation and the check;
 * the hash function is injected (SHA-256 from node:crypto in the store), so the core stays pure.
 */

/** Hex digest of a UTF-8 string (SHA-256 in production). */
export type HashFn = (text: string) => string;

/** The hash a chain starts from. */
export const GENESIS_HASH = '0'.repeat(64);

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** What a caller appends: the store adds the sequence number and the hashes. */
export interface AuditDraft {
  id: string;
  /** ISO 8601 instant (UTC). */
  at: string;
  /** Who did it: a person ("Jana Operator <jana@example.org>"), or "system" for the server's own sweeps. */
  actor: string;
  type: AuditEventType;
  /** What it is about, e.g. a ticket id; '' when nothing in particular. */
  subject: string;
  payload: { [key: string]: JsonValue };
}

export interface AuditEvent extends AuditDraft {
  seq: number;
  prevHash: string;
  hash: string;
}

export type AuditEventType =
  | 'verification.recorded'
  | 'ticket.created'
  | 'ticket.transitioned'
  | 'ticket.callback-recorded'
  | 'nonconformity.response-window-missed'
  | 'customers.imported'
  | 'tickets.exported'
  | 'risks.imported'
  | 'risks.exported'
  | 'absence.confirmed'
  | 'absence.notice-queued'
  | 'absence.ended';

/**
 * Canonical JSON: object keys sorted by code point, no whitespace, arrays in order. Undefined
 * object members are dropped (as JSON.stringify does), so a payload reads back identically.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new TypeError('audit payloads hold finite numbers only');
    return JSON.stringify(value ?? null);
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The exact text that is hashed: every field of the event except its own hash. */
export function hashInput(event: Omit<AuditEvent, 'hash'>): string {
  const { seq, id, at, actor, type, subject, payload, prevHash } = event;
  return canonicalJson({ seq, id, at, actor, type, subject, payload, prevHash });
}

/** Seals a draft as the event following `previous` (or the first one). */
export function sealEvent(
  draft: AuditDraft,
  previous: { seq: number; hash: string } | null,
  hash: HashFn,
): AuditEvent {
  const unsealed = { ...draft, seq: (previous?.seq ?? 0) + 1, prevHash: previous?.hash ?? GENESIS_HASH };
  return { ...unsealed, hash: hash(hashInput(unsealed)) };
}

export type ChainBreak =
  | { code: 'hash-mismatch'; message: string }
  | { code: 'prev-hash-mismatch'; message: string }
  | { code: 'sequence-gap'; message: string };

export type ChainCheck =
  | { ok: true; count: number; lastHash: string }
  | { ok: false; count: number; firstBroken: { seq: number; id: string }; reason: ChainBreak };

/**
 * Walks the events in sequence order and names the first one that does not fit: its own hash
 * does not match its content, it does not point at its predecessor's hash, or a sequence number
 * is missing (a deleted row).
 */
export function checkChain(events: Iterable<AuditEvent>, hash: HashFn): ChainCheck {
  let previous: { seq: number; hash: string } | null = null;
  let count = 0;
  for (const event of events) {
    const expectedSeq: number = (previous?.seq ?? 0) + 1;
    const expectedPrev: string = previous?.hash ?? GENESIS_HASH;
    const broken = (reason: ChainBreak): ChainCheck => ({
      ok: false,
      count,
      firstBroken: { seq: event.seq, id: event.id },
      reason,
    });
    if (event.seq !== expectedSeq) {
      return broken({
        code: 'sequence-gap',
        message: `expected event #${expectedSeq}, found #${event.seq}: events are missing`,
      });
    }
    if (event.prevHash !== expectedPrev) {
      return broken({
        code: 'prev-hash-mismatch',
        message: `event #${event.seq} does not point at the hash of event #${expectedSeq - 1}`,
      });
    }
    const { hash: stored, ...unsealed } = event;
    if (hash(hashInput(unsealed)) !== stored) {
      return broken({
        code: 'hash-mismatch',
        message: `event #${event.seq} was changed after it was written (its hash does not match its content)`,
      });
    }
    previous = { seq: event.seq, hash: stored };
    count += 1;
  }
  return { ok: true, count, lastHash: previous?.hash ?? GENESIS_HASH };
}
