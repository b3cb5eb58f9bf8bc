/** The information bar on the message and the pinned pane's ItemChanged subscription (office-addin-mock). */
import { onItemChanged } from '../../../src/addin/office/item-changed';
import type { ReadItemLike } from '../../../src/addin/office/mailbox.port';
import { NOTIFICATION_KEY, showNotification } from '../../../src/addin/office/notification-bar';
import { outlookMock } from './outlook-mock';

describe('showNotification', () => {
  it('puts an informational bar with the add-in icon on the message', async () => {
    const { item } = outlookMock({ subject: 'x' });
    await showNotification(item as ReadItemLike, 'information', 'isms-desk: verified');
    expect(item.notificationMessages.bars[NOTIFICATION_KEY]).toEqual({
      type: 'informationalMessage',
      message: 'isms-desk: verified',
      icon: 'Icon.16x16',
      persistent: false,
    });
  });

  it('shows a suspicious verdict as an error bar', async () => {
    const { item } = outlookMock({ subject: 'x' });
    await showNotification(item as ReadItemLike, 'error', 'isms-desk: suspicious sender');
    expect(item.notificationMessages.bars[NOTIFICATION_KEY]).toEqual({
      type: 'errorMessage',
      message: 'isms-desk: suspicious sender',
    });
  });

  it('keeps within the 150 characters Office allows', async () => {
    const { item } = outlookMock({ subject: 'x' });
    await showNotification(item as ReadItemLike, 'information', 'x'.repeat(200));
    expect(item.notificationMessages.bars[NOTIFICATION_KEY].message).toHaveLength(150);
  });

  it('replaces the bar rather than adding a second one', async () => {
    const { item } = outlookMock({ subject: 'x' });
    await showNotification(item as ReadItemLike, 'information', 'first');
    await showNotification(item as ReadItemLike, 'error', 'second');
    expect(Object.keys(item.notificationMessages.bars).filter((k) => !k.startsWith('_'))).toEqual([
      NOTIFICATION_KEY,
    ]);
    expect(item.notificationMessages.bars[NOTIFICATION_KEY].message).toBe('second');
  });
});

describe('onItemChanged', () => {
  it('subscribes to ItemChanged so a pinned pane follows the selection', async () => {
    const { mailbox } = outlookMock({ subject: 'x' });
    const seen: string[] = [];
    await expect(onItemChanged(mailbox, () => seen.push('changed'))).resolves.toBe(true);
    mailbox.handlers['olkItemSelectedChanged']!();
    expect(seen).toEqual(['changed']);
  });

  it('reports a client that refuses the subscription (the pane then relies on its refresh button)', async () => {
    const { mailbox } = outlookMock({ subject: 'x' }, { handlerFails: true });
    await expect(onItemChanged(mailbox, () => undefined)).resolves.toBe(false);
  });
});
