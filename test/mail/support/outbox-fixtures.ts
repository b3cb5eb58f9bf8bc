/** Shared set-up for the outbox tests: an in-memory store, drafts, a silent logger. */
import type { OutboxDraft } from '../../../src/core/outbox';
import { createLogger } from '../../../src/shared/logger';
import { openDatabase } from '../../../src/store/database';
import { OutboxRepository } from '../../../src/store/outbox.repository';

export const silentLog = createLogger('silent');

export function memoryOutbox() {
  const db = openDatabase(':memory:');
  return { db, repository: new OutboxRepository(db) };
}

export const draft = (key: string, overrides: Partial<OutboxDraft> = {}): OutboxDraft => ({
  idempotencyKey: key,
  noticeId: 'absence:1',
  customerId: key.split(':').pop() ?? null,
  to: [{ name: 'Jana Schulz', address: 'j.schulz@acme.example' }],
  subject: 'Abwesenheit: Rückkehr am 15.12.2026',
  text: 'Guten Tag Jana Schulz,\n\nwir sind vom 01.12. bis 15.12.2026 nicht erreichbar. Grüße aus Köln — Straße, Größe, Übung.',
  language: 'de',
  ...overrides,
});
