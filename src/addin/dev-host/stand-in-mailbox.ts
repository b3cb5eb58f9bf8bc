/**
 * A stand-in for the Office.js mailbox surface the pane uses, faithful to its contract: Office's
 * optional-argument signatures, AsyncResult objects, ItemChanged raised asynchronously after
 * `item` has been replaced, `item` null when nothing is selected, notification bars per item.
 */
import type {
  AsyncResultLike,
  Callback,
  EmailAddressLike,
  MailboxLike,
  NotificationDetails,
  ReadItemLike,
} from '../office/mailbox.port';
import { OfficeValues } from '../office/mailbox.port';

export interface StandInMessage {
  from: EmailAddressLike | null;
  sender: EmailAddressLike | null;
  subject: string;
  bodyText: string;
  headers: string;
  internetMessageId: string;
  dateTimeCreated: Date;
}

const ok = <T>(value: T): AsyncResultLike<T> => ({ status: OfficeValues.succeeded, value });

/** Office's async methods take (…args, options?, callback?): the callback is the last function. */
function callbackOf<T>(args: unknown[]): Callback<T> | undefined {
  const last = [...args].reverse().find((a) => typeof a === 'function');
  return last as Callback<T> | undefined;
}

const later = (fn: () => void) => setTimeout(fn, 0);

export type NotificationListener = (
  item: StandInItem,
  key: string,
  details: NotificationDetails | null,
) => void;

export class StandInItem implements ReadItemLike {
  readonly itemType = OfficeValues.messageItem;
  readonly from: EmailAddressLike | null;
  readonly sender: EmailAddressLike | null;
  readonly subject: string;
  readonly internetMessageId: string;
  readonly dateTimeCreated: Date;
  readonly notifications = new Map<string, NotificationDetails>();
  readonly body: ReadItemLike['body'];
  readonly notificationMessages: ReadItemLike['notificationMessages'];

  constructor(
    readonly message: StandInMessage,
    private readonly notify: NotificationListener,
  ) {
    this.from = message.from;
    this.sender = message.sender;
    this.subject = message.subject;
    this.internetMessageId = message.internetMessageId;
    this.dateTimeCreated = message.dateTimeCreated;
    this.body = {
      getAsync: (...args: unknown[]) => {
        const coercion = args[0];
        const cb = callbackOf<string>(args);
        if (coercion !== OfficeValues.textCoercion && coercion !== 'html')
          throw new Error('Sys.ArgumentException: coercionType');
        later(() => cb?.(ok(message.bodyText)));
      },
    };
    this.notificationMessages = {
      replaceAsync: (...args: unknown[]) => {
        const [key, details] = args as [string, NotificationDetails];
        if (details.message.length > 150)
          throw new Error('Sys.ArgumentException: message longer than 150 characters');
        if (
          details.type === OfficeValues.informationalMessage &&
          (details.icon === undefined || details.persistent === undefined)
        )
          throw new Error('Sys.ArgumentException: informational messages need icon and persistent');
        this.notifications.set(key, details);
        this.notify(this, key, details);
        later(() => callbackOf<void>(args)?.(ok(undefined)));
      },
      removeAsync: (...args: unknown[]) => {
        const key = args[0] as string;
        this.notifications.delete(key);
        this.notify(this, key, null);
        later(() => callbackOf<void>(args)?.(ok(undefined)));
      },
    };
  }

  getAllInternetHeadersAsync(...args: unknown[]): void {
    const cb = callbackOf<string>(args);
    later(() => cb?.(ok(this.message.headers)));
  }
}

export class StandInMailbox implements MailboxLike {
  item: StandInItem | null = null;
  private readonly handlers = new Map<string, ((event?: unknown) => void)[]>();

  addHandlerAsync(...args: unknown[]): void {
    const [eventType, handler] = args as [string, (event?: unknown) => void];
    const list = this.handlers.get(eventType) ?? [];
    list.push(handler);
    this.handlers.set(eventType, list);
    const cb = args.length > 2 ? callbackOf<void>(args.slice(2)) : undefined;
    later(() => cb?.(ok(undefined)));
  }

  /** What Outlook does when the operator selects another message (or none) with the pane pinned. */
  select(item: StandInItem | null): void {
    // Outlook drops non-persistent informational bars when the user moves to another item.
    const previous = this.item;
    if (previous && previous !== item) {
      for (const [key, bar] of previous.notifications) {
        if (bar.type === OfficeValues.informationalMessage && !bar.persistent)
          previous.notifications.delete(key);
      }
    }
    this.item = item;
    for (const handler of this.handlers.get(OfficeValues.itemChanged) ?? []) {
      later(() => handler({ type: OfficeValues.itemChanged }));
    }
  }
}
