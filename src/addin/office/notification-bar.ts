/**
 * The information bar on the message (item.notificationMessages) carrying the verdict, so the
 * operator sees it in the reading pane even with the task pane closed.
 */
import { OfficeValues, type ReadItemLike } from './mailbox.port';

export const NOTIFICATION_KEY = 'isms-desk-verdict';
/** Office limits notification messages to 150 characters. */
const MAX_LENGTH = 150;

export type BarTone = 'information' | 'error';

export function showNotification(item: ReadItemLike, tone: BarTone, message: string): Promise<void> {
  const text = message.length > MAX_LENGTH ? `${message.slice(0, MAX_LENGTH - 1)}…` : message;
  const details =
    tone === 'error'
      ? { type: OfficeValues.errorMessage, message: text }
      : { type: OfficeValues.informationalMessage, message: text, icon: 'Icon.16x16', persistent: false };
  return new Promise((resolve) => {
    // A bar is a courtesy: a client that refuses it must not stop the pane.
    item.notificationMessages.replaceAsync(NOTIFICATION_KEY, details, () => resolve());
  });
}
