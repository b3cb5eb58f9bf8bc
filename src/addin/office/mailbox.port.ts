/**
 * The slice of the Office.js mailbox surface the task pane uses (read mode, Mailbox 1.8 for
 * getAllInternetHeadersAsync). Typed structurally, so Office.js itself, office-addin-mock objects
 * and the development page's stand-in mailbox all fit it.
 */
export interface AsyncResultLike<T> {
  status: string;
  value: T;
  error?: { code?: number | string; name?: string; message?: string };
}

export type Callback<T> = (result: AsyncResultLike<T>) => void;

export interface EmailAddressLike {
  displayName: string;
  emailAddress: string;
}

export interface NotificationDetails {
  type: string;
  message: string;
  icon?: string;
  persistent?: boolean;
}

export interface ReadItemLike {
  itemType?: string;
  from?: EmailAddressLike | null;
  sender?: EmailAddressLike | null;
  subject?: string;
  internetMessageId?: string;
  dateTimeCreated?: Date;
  body: { getAsync(coercionType: string, options: object, callback: Callback<string>): void };
  getAllInternetHeadersAsync?(callback: Callback<string>): void;
  notificationMessages: {
    replaceAsync(key: string, details: NotificationDetails, callback?: Callback<void>): void;
    removeAsync?(key: string, callback?: Callback<void>): void;
  };
}

export interface MailboxLike {
  item: ReadItemLike | null | undefined;
  addHandlerAsync(eventType: string, handler: (event?: unknown) => void, callback?: Callback<void>): void;
}

/** Office.js string values, written out so the adapter does not need the `Office` global. */
export const OfficeValues = {
  succeeded: 'succeeded',
  textCoercion: 'text',
  itemChanged: 'olkItemSelectedChanged',
  messageItem: 'message',
  informationalMessage: 'informationalMessage',
  errorMessage: 'errorMessage',
} as const;
