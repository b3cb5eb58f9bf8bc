/** An office-addin-mock Outlook object with a read-mode message, as Office.js would present it. */
import { OfficeMockObject } from 'office-addin-mock';
import type { MailboxLike, NotificationDetails } from '../../../src/addin/office/mailbox.port';

export interface MockMessage {
  from?: { displayName: string; emailAddress: string } | null;
  sender?: { displayName: string; emailAddress: string } | null;
  subject?: string;
  body?: string | { fail: string };
  headers?: string | { fail: string };
  internetMessageId?: string;
  dateTimeCreated?: Date;
  itemType?: string;
}

type Result = { status: string; value: unknown; error?: { message: string } };
const answer = (v: string | { fail: string } | undefined): Result =>
  typeof v === 'object'
    ? { status: 'failed', value: undefined, error: { message: v.fail } }
    : { status: 'succeeded', value: v ?? '' };

export interface OutlookMock {
  office: { context: { mailbox: MailboxLike & Record<string, unknown> } };
  mailbox: MailboxLike & { handlers: Record<string, () => void> };
  item: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export function outlookMock(
  message: MockMessage | null,
  options: { handlerFails?: boolean } = {},
): OutlookMock {
  // office-addin-mock cannot hold null inside its data: absent values are left out, and a null item
  // (nothing selected) is set after construction, as Outlook does when the selection goes away.
  const m = message ?? {};
  const item = {
    itemType: m.itemType ?? 'message',
    ...(m.from ? { from: m.from } : {}),
    ...(m.sender ? { sender: m.sender } : {}),
    subject: m.subject ?? '',
    internetMessageId: m.internetMessageId ?? '',
    dateTimeCreated: m.dateTimeCreated ?? new Date('2026-11-16T07:12:31Z'),
    body: {
      getAsync(
        this: { coercionType?: string },
        coercionType: string,
        _options: object,
        callback: (r: Result) => void,
      ) {
        this.coercionType = coercionType;
        callback(answer(m.body));
      },
    },
    getAllInternetHeadersAsync(callback: (r: Result) => void) {
      callback(answer(m.headers));
    },
    notificationMessages: {
      bars: {} as Record<string, NotificationDetails>,
      replaceAsync(
        this: { bars: Record<string, NotificationDetails> },
        key: string,
        details: NotificationDetails,
        callback?: (r: Result) => void,
      ) {
        this.bars[key] = details;
        callback?.({ status: 'succeeded', value: undefined });
      },
    },
  };
  const office = new OfficeMockObject(
    {
      context: {
        mailbox: {
          item,
          handlers: {} as Record<string, () => void>,
          addHandlerAsync(
            this: { handlers: Record<string, () => void> },
            eventType: string,
            handler: () => void,
            callback?: (r: Result) => void,
          ) {
            if (options.handlerFails)
              return callback?.({ status: 'failed', value: undefined, error: { message: 'not supported' } });
            this.handlers[eventType] = handler;
            callback?.({ status: 'succeeded', value: undefined });
          },
        },
      },
    },
    'outlook' as never,
  ) as unknown as OutlookMock['office'];
  const mailbox = office.context.mailbox as unknown as OutlookMock['mailbox'];
  if (message === null) mailbox.item = null;
  return { office, mailbox, item: mailbox.item as OutlookMock['item'] };
}
