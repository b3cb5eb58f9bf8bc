/**
 * The .eml adapter: a raw RFC 5322 message (any transfer encoding or charset postal-mime reads:
 * quoted-printable, base64, ISO-8859-1, multipart/alternative, HTML-only) → the core's InboundMessage.
 * It only translates; HTML bodies become text and are never rendered.
 */
import PostalMime from 'postal-mime';
import type { InboundMessage, MailAddress } from '../../core/mail/inbound-message';
import { htmlToText } from './html-to-text';
import { repairWindows1252 } from './windows-1252';

export type ParseEmlResult =
  | { ok: true; message: InboundMessage }
  | { ok: false; code: 'not-a-message' | 'parse-failed'; message: string };

type PostalAddress = { name?: string; address?: string; group?: PostalAddress[] };

function mailboxes(list: PostalAddress[] | PostalAddress | undefined): MailAddress[] {
  if (!list) return [];
  const items = Array.isArray(list) ? list : [list];
  return items.flatMap((a) =>
    a.group
      ? mailboxes(a.group)
      : a.address
        ? [{ name: repairWindows1252(a.name ?? ''), address: a.address }]
        : [],
  );
}

/** The instant the receiving server stamped (topmost Received: "…; <date>"), else the Date header. */
function receivedAt(headers: { key: string; value: string }[], date: string | undefined): string | undefined {
  const received = headers.find((h) => h.key === 'received')?.value;
  const stamp = received?.slice(received.lastIndexOf(';') + 1).trim();
  for (const candidate of [stamp, date]) {
    if (!candidate) continue;
    const t = Date.parse(candidate);
    if (Number.isFinite(t)) return new Date(t).toISOString();
  }
  return undefined;
}

export async function parseEml(raw: Uint8Array | string): Promise<ParseEmlResult> {
  const text = typeof raw === 'string' ? raw : new TextDecoder('latin1').decode(raw.subarray(0, 4096));
  // at least one "Name: value" header line before the body
  if (!/^[\x21-\x39\x3b-\x7e]+:/m.test(text.split(/\r?\n\r?\n/)[0] ?? '')) {
    return { ok: false, code: 'not-a-message', message: 'no RFC 5322 header section found' };
  }
  try {
    const email = await PostalMime.parse(raw);
    const from = mailboxes(email.from as PostalAddress | undefined)[0] ?? null;
    const sender = mailboxes(email.sender as PostalAddress | undefined)[0] ?? null;
    const bodyText = repairWindows1252(
      email.text?.trim() ? email.text : email.html ? htmlToText(email.html) : '',
    );
    const message: InboundMessage = {
      from,
      ...(sender && from && sender.address.toLowerCase() !== from.address.toLowerCase() ? { sender } : {}),
      replyTo: mailboxes(email.replyTo as PostalAddress[] | undefined),
      subject: repairWindows1252(email.subject ?? ''),
      bodyText,
      headers: email.headerLines.map((h) => h.line).join('\r\n'),
      ...(email.messageId ? { internetMessageId: email.messageId } : {}),
      ...(() => {
        const at = receivedAt(email.headers, email.date);
        return at ? { receivedAt: at } : {};
      })(),
    };
    return { ok: true, message };
  } catch (error) {
    return {
      ok: false,
      code: 'parse-failed',
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
