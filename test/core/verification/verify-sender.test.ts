import { join } from 'node:path';
import { buildCustomerDirectory } from '../../../src/core/customers/customer-directory';
import type { InboundMessage } from '../../../src/core/mail/inbound-message';
import { verifySender } from '../../../src/core/verification/verify-sender';
import { readCustomerFolder } from '../../../src/store/customer-folder';
import { SENDER_CASES, type SenderCase } from './verify-sender.cases';

const directory = buildCustomerDirectory(
  readCustomerFolder(join(__dirname, '../../fixtures/customers')).customers,
);

const AUTH: Record<string, (domain: string) => string> = {
  pass: (d) =>
    `spf=pass (sender IP is 203.0.113.9)\r\n smtp.mailfrom=${d}; tenant.onmicrosoft.com; dkim=pass (signature was verified)\r\n header.d=${d};tenant.onmicrosoft.com; dmarc=pass action=none\r\n header.from=${d};compauth=pass reason=100`,
  fail: (d) =>
    `spf=fail (sender IP is 198.51.100.7) smtp.mailfrom=${d}; dkim=none (message not signed) header.d=none; dmarc=fail action=oreject header.from=${d};compauth=fail reason=000`,
  none: (d) =>
    `spf=none smtp.mailfrom=${d}; dkim=none (message not signed) header.d=none; dmarc=none action=none header.from=${d};compauth=none reason=451`,
};

export function messageFor(
  c: Pick<SenderCase, 'from' | 'fromName' | 'replyTo' | 'sender' | 'auth'>,
): InboundMessage {
  const domain = c.from.slice(c.from.lastIndexOf('@') + 1).toLowerCase();
  const auth = c.auth && c.auth !== 'missing' ? (AUTH[c.auth]?.(domain) ?? c.auth) : null;
  return {
    from: c.from ? { name: c.fromName ?? '', address: c.from } : null,
    ...(c.sender ? { sender: { name: '', address: c.sender } } : {}),
    replyTo: c.replyTo ? [{ name: '', address: c.replyTo }] : [],
    subject: 'Anfrage',
    bodyText: 'Bitte stellen Sie den Ordner Buchhaltung wieder her.',
    headers: [
      `Received: from x by y; Fri, 20 Nov 2026 09:00:00 +0100`,
      ...(auth ? [`Authentication-Results: ${auth}`] : []),
      'Subject: Anfrage',
    ].join('\r\n'),
  };
}

describe('sender verification (DESIGN.md "Sender verdicts")', () => {
  it.each(SENDER_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = verifySender(messageFor(c), directory);
    expect({ verdict: result.verdict, customer: result.customerId }).toEqual({
      verdict: c.verdict,
      customer: c.customer,
    });
    expect(result.reasons.map((r) => r.code)).toContain(c.code);
    for (const r of result.reasons) expect(r.message.length).toBeGreaterThan(10);
  });

  it('R-014 callback-required carries the contract number and the authorised contacts', () => {
    const result = verifySender(messageFor({ from: 't.berg@acme-stb.de', auth: 'pass' }), directory);
    expect(result.callback).toEqual({
      customerId: 'acme',
      customerName: 'ACME Steuerberatung GmbH',
      contractPhone: '+49 30 1234567',
      authorisedContacts: [
        expect.objectContaining({
          name: 'Jana Schulz',
          email: 'j.schulz@acme-stb.de',
          phone: '+49 30 1234567-12',
        }),
        expect.objectContaining({ name: 'Markus Weber', email: 'm.weber@acme-stb.de' }),
      ],
    });
  });

  it('R-014 a customer without a documented list gets a call-back with no contacts to ask for', () => {
    const result = verifySender(messageFor({ from: 'it@elbe-logistik.de', auth: 'pass' }), directory);
    expect(result.callback).toMatchObject({
      customerId: 'elbe-logistik',
      contractPhone: '+49 40 30011220',
      authorisedContacts: [],
    });
  });

  it('R-014 a suspicious message names the imitated customer and its call-back', () => {
    const result = verifySender(messageFor({ from: 'j.schulz@acme-stb.com', auth: 'pass' }), directory);
    expect(result.callback?.contractPhone).toBe('+49 30 1234567');
  });

  it('R-014 verified carries no call-back', () => {
    expect(
      verifySender(messageFor({ from: 'j.schulz@acme-stb.de', auth: 'pass' }), directory).callback,
    ).toBeNull();
  });
});
