/**
 * The development page's stand-in mailbox keeps Office.js's contract: the adapter reads a message
 * from it exactly as from Outlook (the same expectations as with office-addin-mock), ItemChanged
 * comes asynchronously after `item` is replaced, and notification rules are Office's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messageFromEml } from '../../../src/addin/dev-host/eml-message';
import { StandInItem, StandInMailbox } from '../../../src/addin/dev-host/stand-in-mailbox';
import { onItemChanged } from '../../../src/addin/office/item-changed';
import { readMessage } from '../../../src/addin/office/message-reader';
import { NOTIFICATION_KEY, showNotification } from '../../../src/addin/office/notification-bar';

const eml = (file: string) => readFileSync(join(__dirname, '../../../examples/mail', file), 'utf8');
const itemFrom = async (file: string) => new StandInItem(await messageFromEml(eml(file)), () => undefined);

describe('stand-in mailbox', () => {
  it('gives the adapter what Outlook gives for an .eml: addresses, subject, text body, raw headers, ids', async () => {
    const request = await readMessage(await itemFrom('04-acme-suspicious-lookalike.eml'));
    expect(request).toMatchObject({
      from: { name: 'Jana Schulz', address: 'j.schulz@acme-stb.co' },
      sender: null,
      replyTo: [{ name: 'Jana Schulz', address: 'jana.schulz.acme@gmail.com' }],
      subject: 'DRINGEND: Wiederherstellung Server',
      internetMessageId: '<9f3a1c@mx.acme-stb.co>',
      receivedAt: '2026-11-16T10:21:09.000Z',
    });
    expect(request.headers).toMatch(/^Received: from [^\r\n]+\r\nAuthentication-Results: spf=pass/);
    expect(request.bodyText).toContain('Ich bin unterwegs und nur per Mail erreichbar');
  });

  it('turns an HTML-only message into text, as Outlook does for body.getAsync("text")', async () => {
    const request = await readMessage(await itemFrom('10-praxis-verified-html-only.eml'));
    expect(request.bodyText).toContain('Postfach von Frau Hahn');
    expect(request.bodyText).not.toMatch(/<script|<img|alert\(/);
  });

  it('raises ItemChanged after the item is replaced, never synchronously, and allows a null item', async () => {
    const mailbox = new StandInMailbox();
    const seen: (string | null)[] = [];
    await onItemChanged(mailbox, () => seen.push(mailbox.item?.subject ?? null));
    const item = await itemFrom('01-acme-verified-restore.eml');
    mailbox.select(item);
    expect(seen).toEqual([]);
    await new Promise((r) => setTimeout(r, 5));
    mailbox.select(null);
    await new Promise((r) => setTimeout(r, 5));
    expect(seen).toEqual(['Wiederherstellung Ordner Buchhaltung', null]);
  });

  it('enforces Office’s notification rules and drops non-persistent bars when the selection moves', async () => {
    const mailbox = new StandInMailbox();
    const item = await itemFrom('01-acme-verified-restore.eml');
    mailbox.select(item);
    expect(() =>
      item.notificationMessages.replaceAsync('k', {
        type: 'informationalMessage',
        message: 'x'.repeat(151),
        icon: 'i',
        persistent: false,
      }),
    ).toThrow('150');
    expect(() =>
      item.notificationMessages.replaceAsync('k', { type: 'informationalMessage', message: 'no icon' }),
    ).toThrow('icon');
    await showNotification(item, 'information', 'isms-desk: verified');
    expect(item.notifications.get(NOTIFICATION_KEY)?.message).toBe('isms-desk: verified');
    mailbox.select(null);
    expect(item.notifications.size).toBe(0);
  });
});
