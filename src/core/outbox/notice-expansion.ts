/**
 * A notice to many customers becomes one message per customer (BCP-6.1: one sender; BCP-6.2: to
 * the contacts recorded in each customer's onboarding document, in the customer's language, with
 * a personal greeting). The caller (the bot's absence and disruption flows) supplies the text per
 * language; this module only fans it out. Pure.
 */
import type { Customer, Language } from '../customers/customer';
import greetings from './greetings.json';
import type { OutboxDraft } from './outbox-message';

export interface NoticeContext {
  customer: Customer;
  language: Language;
  /** "Guten Tag Jana Schulz und Tom Berg," / "Dear Jana Schulz and Tom Berg," */
  greeting: string;
}

export interface ComposedText {
  subject: string;
  text: string;
}

export type Compose = (context: NoticeContext) => ComposedText;

export type SkipReason = { customerId: string; code: 'no-contacts'; message: string };

export interface ExpandedNotice {
  messages: OutboxDraft[];
  skipped: SkipReason[];
}

export function greetingFor(names: string[], language: Language): string {
  const g = greetings[language];
  const clean = names.map((n) => n.trim()).filter((n) => n !== '');
  if (clean.length === 0) return g.unnamed;
  const joined =
    clean.length === 1 ? clean[0]! : `${clean.slice(0, -1).join(', ')} ${g.and} ${clean[clean.length - 1]}`;
  return g.named.replace('{names}', joined);
}

/** The idempotency key of a notice's message to one customer: stable across retries of the notice. */
export const noticeMessageKey = (noticeId: string, customerId: string): string => `${noticeId}:${customerId}`;

export function expandNotice(
  noticeId: string,
  customers: readonly Customer[],
  compose: Compose,
): ExpandedNotice {
  const messages: OutboxDraft[] = [];
  const skipped: SkipReason[] = [];
  for (const customer of customers) {
    // BCP-6.2: email as recorded in the customer's file; every contact of the customer hears it.
    const contacts = customer.contacts.filter((c) => c.email.trim() !== '');
    if (contacts.length === 0) {
      skipped.push({
        customerId: customer.id,
        code: 'no-contacts',
        message: `${customer.name} has no contact with an email address`,
      });
      continue;
    }
    const language = customer.language;
    const { subject, text } = compose({
      customer,
      language,
      greeting: greetingFor(
        contacts.map((c) => c.name),
        language,
      ),
    });
    messages.push({
      idempotencyKey: noticeMessageKey(noticeId, customer.id),
      noticeId,
      customerId: customer.id,
      to: contacts.map((c) => ({ name: c.name, address: c.email })),
      subject,
      text,
      language,
    });
  }
  return { messages, skipped };
}

/** Per-language templates with `{greeting}` and `{customerName}` placeholders, as data. */
export type NoticeTemplates = Record<Language, ComposedText>;

export function templateComposer(templates: NoticeTemplates, values: Record<string, string> = {}): Compose {
  return ({ customer, language, greeting }) => {
    const fill = (s: string) =>
      s.replace(/\{(\w+)\}/g, (whole, name: string) => {
        if (name === 'greeting') return greeting;
        if (name === 'customerName') return customer.name;
        return values[name] ?? whole;
      });
    const t = templates[language];
    return { subject: fill(t.subject), text: fill(t.text) };
  };
}
