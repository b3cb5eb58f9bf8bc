/**
 * Office.js adapter: reads the open message into the API's VerifyRequest. It translates only;
 * the server decides the verdict.
 */
import type { MailAddress } from '../../core/mail/inbound-message';
import type { VerifyRequest } from '../../server/api-contract';
import { headerValue, parseAddressList } from './header-fields';
import { OfficeValues, type Callback, type EmailAddressLike, type ReadItemLike } from './mailbox.port';

/** Keeps requests well under the server's JSON limit; a restore request is never this long. */
export const MAX_BODY_CHARS = 60_000;
export const MAX_HEADER_CHARS = 60_000;

export class OfficeReadError extends Error {
  constructor(
    readonly what: 'body' | 'headers',
    message: string,
  ) {
    super(message);
  }
}

function call<T>(start: (callback: Callback<T>) => void, what: 'body' | 'headers'): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    start((result) => {
      if (result.status === OfficeValues.succeeded) resolve(result.value);
      else reject(new OfficeReadError(what, result.error?.message ?? `Office could not read the ${what}`));
    });
  });
}

const address = (a: EmailAddressLike | null | undefined): MailAddress | null =>
  a && a.emailAddress ? { name: a.displayName ?? '', address: a.emailAddress } : null;

/** Whether the item is a message the pane can check (null when nothing is selected). */
export function isMessage(item: ReadItemLike | null | undefined): item is ReadItemLike {
  return !!item && (item.itemType === undefined || item.itemType === OfficeValues.messageItem);
}

/** Reads the message: from, sender, reply-to (from the headers), subject, body as text, headers, ids. */
export async function readMessage(item: ReadItemLike): Promise<VerifyRequest> {
  const [bodyText, headers] = await Promise.all([
    call<string>((cb) => item.body.getAsync(OfficeValues.textCoercion, {}, cb), 'body'),
    // Some clients cannot return headers (e.g. a message still being downloaded): verify without
    // them; the server then answers callback-required rather than trusting authentication it cannot see.
    item.getAllInternetHeadersAsync
      ? call<string>((cb) => item.getAllInternetHeadersAsync!(cb), 'headers').catch(() => '')
      : Promise.resolve(''),
  ]);
  const from = address(item.from);
  const sender = address(item.sender);
  const request: VerifyRequest = {
    from,
    sender: sender && from && sender.address.toLowerCase() === from.address.toLowerCase() ? null : sender,
    replyTo: parseAddressList(headerValue(headers ?? '', 'reply-to')),
    subject: item.subject ?? '',
    bodyText: (bodyText ?? '').slice(0, MAX_BODY_CHARS),
    headers: (headers ?? '').slice(0, MAX_HEADER_CHARS),
  };
  if (item.internetMessageId) request.internetMessageId = item.internetMessageId;
  const created = item.dateTimeCreated;
  if (created instanceof Date && !Number.isNaN(created.getTime())) request.receivedAt = created.toISOString();
  return request;
}
