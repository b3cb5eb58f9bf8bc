/**
 * A pinned task pane stays open while the operator moves through the inbox: Office raises
 * ItemChanged (and the item may then be null). Some clients are known to miss the event, so the
 * pane also has a visible refresh; this module only subscribes.
 */
import { OfficeValues, type MailboxLike } from './mailbox.port';

export function onItemChanged(mailbox: MailboxLike, handler: () => void): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      mailbox.addHandlerAsync(
        OfficeValues.itemChanged,
        () => handler(),
        (result) => resolve(result?.status === OfficeValues.succeeded),
      );
    } catch {
      resolve(false);
    }
  });
}
