/**
 * A standards-correct RFC 5322 message (MIME 1.0, UTF-8 plain text, RFC 2047 encoded headers)
 * built with nodemailer's MailComposer, for the local outbox (any mail program opens it).
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import type { OutboxMessage } from '../core/outbox';
import { messageIdFor } from './message-identity';

export interface Sender {
  name?: string;
  address: string;
}

export async function buildEml(message: OutboxMessage, from: Sender, date: Date): Promise<Buffer> {
  const composer = new MailComposer({
    from: from.name ? { name: from.name, address: from.address } : from.address,
    to: message.to.map((r) => ({ name: r.name, address: r.address })),
    subject: message.subject,
    text: message.text,
    date,
    messageId: messageIdFor(message.idempotencyKey, from.address),
    textEncoding: 'quoted-printable',
    headers: {
      'Content-Language': message.language,
      'X-Isms-Desk-Key': message.idempotencyKey,
    },
  });
  return composer.compile().build();
}
