/** In-memory fakes of the bot's outside ports (STYLE.md #6): they keep the ports' contracts. */
import type { Customer } from '../../src/core/customers/customer';
import type {
  AutomaticReplyOutcome,
  AutomaticReplyPort,
  AutomaticReplyRequest,
  EnqueueResult,
  NewOutboxMessage,
  OutboxPort,
} from '../../src/mail/mail.port';
import type { AdaptiveCard } from '../../bot/cards/render';
import type { BotTicket, ConversationRecord, ProactivePort } from '../../bot/flows/ports';

/** Idempotent on the key, like the real outbox. */
export class MemoryOutbox implements OutboxPort {
  readonly messages: NewOutboxMessage[] = [];
  enqueueCalls = 0;
  enqueue(messages: NewOutboxMessage[]): EnqueueResult {
    this.enqueueCalls++;
    let queued = 0;
    for (const m of messages) {
      if (this.messages.some((x) => x.idempotencyKey === m.idempotencyKey)) continue;
      this.messages.push(m);
      queued++;
    }
    return { queued, duplicates: messages.length - queued };
  }
}

export class MemoryAutomaticReplies implements AutomaticReplyPort {
  readonly changes: ({ op: 'set'; request: AutomaticReplyRequest } | { op: 'clear' })[] = [];
  fail = false;
  async set(request: AutomaticReplyRequest): Promise<AutomaticReplyOutcome> {
    if (this.fail) throw new Error('graph said 503 with secret detail');
    this.changes.push({ op: 'set', request });
    return { status: 'scheduled', confirmed: true, detail: 'scheduled in the mailbox' };
  }
  async clear(): Promise<AutomaticReplyOutcome> {
    this.changes.push({ op: 'clear' });
    return { status: 'disabled', confirmed: true, detail: 'switched off' };
  }
}

export class MemoryProactive implements ProactivePort {
  readonly sent: { conversationId: string; card: AdaptiveCard; summary: string }[] = [];
  failFor = new Set<string>();
  async sendCard(conversation: ConversationRecord, card: AdaptiveCard, summary: string): Promise<void> {
    if (this.failFor.has(conversation.conversationId)) throw new Error('connector unreachable');
    this.sent.push({ conversationId: conversation.conversationId, card, summary });
  }
}

export class MemoryTickets {
  tickets: BotTicket[] = [];
  failing = false;
  open(): BotTicket[] {
    if (this.failing) throw new Error('SQLITE_BUSY: database is locked at /srv/secret/path.db');
    return this.tickets;
  }
}

const customer = (
  id: string,
  name: string,
  language: 'de' | 'en',
  contacts: Customer['contacts'],
): Customer => ({
  id,
  name,
  domains: [`${id}.example`],
  contractPhone: '+49 30 1234567',
  contacts,
  language,
});

export const sampleCustomers: Customer[] = [
  customer('acme', 'ACME Steuerberatung GmbH', 'de', [
    { name: 'Jana Schulz', email: 'j.schulz@acme.example', restore: true },
    { name: 'Tom Berg', email: 't.berg@acme.example', restore: false },
  ]),
  customer('weber', 'Praxis Dr. Weber', 'de', [
    { name: 'Dr. Anna Weber', email: 'weber@weber.example', restore: true },
  ]),
  customer('nordlicht', 'Nordlicht Design Ltd', 'en', [
    { name: 'Sam Carter', email: 'sam@nordlicht.example', restore: true },
  ]),
  customer('leer', 'Leer GmbH', 'de', []),
];
