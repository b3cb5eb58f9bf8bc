/** An .eml file as Outlook would present it: header block verbatim, body as text, parsed addresses. */
import PostalMime, { type Address } from 'postal-mime';
import type { EmailAddressLike } from '../office/mailbox.port';
import type { StandInMessage } from './stand-in-mailbox';

const first = (a: Address | undefined): EmailAddressLike | null => {
  const box = a && !a.group ? a : a?.group?.[0];
  return box?.address ? { displayName: box.name ?? '', emailAddress: box.address } : null;
};

/**
 * Outlook converts HTML bodies to text for body.getAsync('text'); postal-mime does the same for
 * HTML-only messages. The fallback strips tags as text: never a DOM, so nothing in it can run.
 */
function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/p>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export async function messageFromEml(raw: string): Promise<StandInMessage> {
  const email = await PostalMime.parse(raw);
  const split = raw.search(/\r?\n\r?\n/);
  const headers = (split >= 0 ? raw.slice(0, split) : raw).replace(/\r?\n/g, '\r\n') + '\r\n';
  const date = email.date ? new Date(email.date) : new Date(0);
  return {
    from: first(email.from),
    sender: first(email.sender),
    subject: email.subject ?? '',
    bodyText: email.text ?? (email.html ? htmlToText(email.html) : ''),
    headers,
    internetMessageId: email.messageId ?? '',
    dateTimeCreated: date,
  };
}
