/** Opening a ticket from a verified message (the server's own assessment, never the client's). */
import type { Customer } from '../customers/customer';
import type { InboundMessage } from '../mail/inbound-message';
import type { MessageAssessment } from '../verification/verification-result';
import type { Ticket } from './ticket';

export interface OpenTicketInput {
  id: string;
  number: string;
  message: InboundMessage & { internetMessageId: string };
  assessment: MessageAssessment;
  customer: Customer | undefined;
  actor: string;
  now: Date;
}

const HOUR_MS = 3_600_000;

/**
 * When the response window starts: the message's receipt, unless that is missing, unreadable or
 * in the future (a wrong client clock must not extend the window).
 */
export function windowStart(receivedAt: string | undefined, now: Date): Date {
  const t = receivedAt ? Date.parse(receivedAt) : Number.NaN;
  return Number.isFinite(t) && t <= now.getTime() ? new Date(t) : now;
}

export function openTicket(input: OpenTicketInput): Ticket {
  const { message, assessment, customer, now } = input;
  const { detection, verification } = assessment;
  const start = windowStart(message.receivedAt, now);
  // BCP-5.1: the contractual response window runs from the request's arrival.
  const respondBy =
    customer?.responseHours !== undefined
      ? new Date(start.getTime() + customer.responseHours * HOUR_MS)
      : null;
  const createdAt = now.toISOString();
  return {
    id: input.id,
    number: input.number,
    state: 'new',
    customerId: customer?.id ?? verification.customerId,
    customerName: customer?.name ?? null,
    requester: message.from ?? { name: '', address: '' },
    subject: message.subject,
    verdict: verification.verdict,
    reasons: verification.reasons,
    kind: detection.kind,
    request: detection.request,
    urgency: detection.request?.urgency ?? 'normal',
    internetMessageId: message.internetMessageId,
    receivedAt:
      message.receivedAt && Number.isFinite(Date.parse(message.receivedAt))
        ? new Date(message.receivedAt).toISOString()
        : null,
    createdAt,
    respondBy: respondBy?.toISOString() ?? null,
    respondedAt: null,
    breachLoggedAt: null,
    callbacks: [],
    history: [{ state: 'new', at: createdAt, actor: input.actor }],
  };
}
