/** The Office.js adapter reads the open message into the API's VerifyRequest (office-addin-mock). */
import {
  isMessage,
  MAX_BODY_CHARS,
  OfficeReadError,
  readMessage,
} from '../../../src/addin/office/message-reader';
import type { ReadItemLike } from '../../../src/addin/office/mailbox.port';
import { outlookMock } from './outlook-mock';

const headers = [
  'Received: from mail.acme-stb.de by mx.example; Mon, 16 Nov 2026 08:12:31 +0100',
  'Authentication-Results: spf=pass smtp.mailfrom=acme-stb.de; dkim=pass header.d=acme-stb.de;dmarc=pass header.from=acme-stb.de',
  'From: "Jana Schulz" <j.schulz@acme-stb.de>',
  'Reply-To: "Schulz, Jana" <jana@elsewhere.example>,',
  ' backup@acme-stb.de',
  'Subject: Wiederherstellung',
  '',
].join('\r\n');

const jana = { displayName: 'Jana Schulz', emailAddress: 'j.schulz@acme-stb.de' };

describe('readMessage', () => {
  it('reads from, subject, body as text, headers, internetMessageId and received time', async () => {
    const { item } = outlookMock({
      from: jana,
      sender: jana,
      subject: 'Wiederherstellung',
      body: 'Bitte stellen Sie den Ordner wieder her.',
      headers,
      internetMessageId: '<CAJ7x1Qm0001@mail.acme-stb.de>',
      dateTimeCreated: new Date('2026-11-16T07:12:31Z'),
    });
    const request = await readMessage(item as ReadItemLike);
    expect(item.body.coercionType).toBe('text');
    expect(request).toEqual({
      from: { name: 'Jana Schulz', address: 'j.schulz@acme-stb.de' },
      sender: null,
      replyTo: [
        { name: 'Schulz, Jana', address: 'jana@elsewhere.example' },
        { name: '', address: 'backup@acme-stb.de' },
      ],
      subject: 'Wiederherstellung',
      bodyText: 'Bitte stellen Sie den Ordner wieder her.',
      headers,
      internetMessageId: '<CAJ7x1Qm0001@mail.acme-stb.de>',
      receivedAt: '2026-11-16T07:12:31.000Z',
    });
  });

  it('keeps a Sender that differs from From (sent on behalf)', async () => {
    const { item } = outlookMock({
      from: jana,
      sender: { displayName: 'Mailer', emailAddress: 'bulk@mailer.example' },
    });
    expect((await readMessage(item as ReadItemLike)).sender).toEqual({
      name: 'Mailer',
      address: 'bulk@mailer.example',
    });
  });

  it('R-014 verifies without headers when Outlook cannot return them (the server then asks for a call-back)', async () => {
    const { item } = outlookMock({ from: jana, body: 'x', headers: { fail: 'headers not available' } });
    const request = await readMessage(item as ReadItemLike);
    expect(request.headers).toBe('');
    expect(request.replyTo).toEqual([]);
  });

  it('reports a body Outlook cannot read as an OfficeReadError', async () => {
    const { item } = outlookMock({ from: jana, body: { fail: 'The item is not available' } });
    await expect(readMessage(item as ReadItemLike)).rejects.toThrow(OfficeReadError);
    await expect(readMessage(item as ReadItemLike)).rejects.toThrow('The item is not available');
  });

  it('caps a very long body so the request stays within the API limit', async () => {
    const { item } = outlookMock({ from: jana, body: 'a'.repeat(MAX_BODY_CHARS + 500) });
    expect((await readMessage(item as ReadItemLike)).bodyText).toHaveLength(MAX_BODY_CHARS);
  });

  it('leaves out an internetMessageId Outlook does not give', async () => {
    const { item } = outlookMock({ from: null, internetMessageId: '' });
    const request = await readMessage(item as ReadItemLike);
    expect(request.from).toBeNull();
    expect('internetMessageId' in request).toBe(false);
  });
});

describe('isMessage', () => {
  it.each([
    ['no message selected (item null)', null, false],
    ['an appointment', { itemType: 'appointment' }, false],
    ['a message', { itemType: 'message' }, true],
  ] as const)('%s → %s', (_name, message, expected) => {
    const { mailbox } = outlookMock(message);
    expect(isMessage(mailbox.item)).toBe(expected);
  });
});
