import type { Absence } from '../../../src/core/continuity/absence';
import {
  composeCoverAlertEmail,
  routeTicketAlert,
  type AlertedTicket,
} from '../../../src/core/continuity/ticket-alerts';

const now = new Date('2026-11-24T09:00:00Z');
const absence = (over: Partial<Absence> = {}): Absence => ({
  id: 'a1',
  kind: 'planned',
  start: '2026-11-23T07:00:00.000Z',
  returnsAt: '2026-11-28T07:00:00.000Z',
  cover: {
    kind: 'technician',
    name: 'Jonas Keller',
    phone: '+49 170 7654321',
    email: 'j.keller@cover-it.example',
  },
  state: 'confirmed',
  createdAt: '2026-11-22T09:00:00.000Z',
  createdBy: 'Mara Berger',
  ...over,
});

describe('routeTicketAlert', () => {
  const cases: {
    name: string;
    verdict: AlertedTicket['verdict'];
    urgency: AlertedTicket['urgency'];
    absence: Absence | null;
    cover: string[] | null;
  }[] = [
    {
      name: 'BCP-3.2 pages the cover for a suspicious sender during an absence',
      verdict: 'suspicious',
      urgency: 'normal',
      absence: absence(),
      cover: ['suspicious-sender'],
    },
    {
      name: 'BCP-3.2 pages the cover for an urgent request during an absence',
      verdict: 'verified',
      urgency: 'urgent',
      absence: absence(),
      cover: ['urgent-request'],
    },
    {
      name: 'BCP-3.2 names both reasons',
      verdict: 'suspicious',
      urgency: 'urgent',
      absence: absence(),
      cover: ['suspicious-sender', 'urgent-request'],
    },
    {
      name: 'BCP-3.2 leaves a normal verified ticket to the operator',
      verdict: 'verified',
      urgency: 'normal',
      absence: absence(),
      cover: null,
    },
    {
      name: 'BCP-3.2 leaves a high (not urgent) ticket to the operator',
      verdict: 'callback-required',
      urgency: 'high',
      absence: absence(),
      cover: null,
    },
    {
      name: 'BCP-3.2 pages nobody without an absence',
      verdict: 'suspicious',
      urgency: 'urgent',
      absence: null,
      cover: null,
    },
    {
      name: 'BCP-3.2 pages nobody before the absence starts',
      verdict: 'suspicious',
      urgency: 'urgent',
      absence: absence({ start: '2026-11-25T07:00:00.000Z' }),
      cover: null,
    },
    {
      name: 'BCP-3.2 pages nobody after `back`',
      verdict: 'suspicious',
      urgency: 'urgent',
      absence: absence({ state: 'ended' }),
      cover: null,
    },
    {
      name: 'BCP-4.1 has no cover to page with the solo posture',
      verdict: 'suspicious',
      urgency: 'urgent',
      absence: absence({ cover: { kind: 'solo', name: 'Mara', phone: '+49 170 1234567' } }),
      cover: null,
    },
  ];
  it.each(cases)('$name', (c) => {
    const r = routeTicketAlert({ verdict: c.verdict, urgency: c.urgency }, c.absence, now);
    expect(r.operator).toBe(true);
    expect(r.cover?.reasons ?? null).toEqual(c.cover);
    if (c.cover) expect(r.cover?.email).toBe('j.keller@cover-it.example');
  });
});

describe('composeCoverAlertEmail', () => {
  const ticket: AlertedTicket = {
    id: 't1',
    number: 'RQ-2026-0007',
    customerName: 'ACME Steuerberatung GmbH',
    requester: { name: 'Jana Schulz', address: 'j.schulz@acme-stb.de' },
    subject: 'Bitte Ordner wiederherstellen',
    verdict: 'suspicious',
    urgency: 'urgent',
    respondBy: '2026-11-24T13:00:00.000Z',
    request: {
      objects: [{ kind: 'folder', name: '\\\\fs01\\Buchhaltung' }],
      pointInTime: { text: 'gestern 18 Uhr' },
      target: null,
    },
  };
  it('BCP-3.2 tells the cover what is asked and R-014 to call back', () => {
    const m = composeCoverAlertEmail(
      ticket,
      { name: 'Jonas Keller' },
      { organisation: 'BackupExperts', operator: 'Mara Berger', timeZone: 'Europe/Berlin' },
      now,
    );
    expect(m.subject).toBe(
      '[BackupExperts] urgent restore ticket RQ-2026-0007 from ACME Steuerberatung GmbH: suspicious',
    );
    expect(m.text).toContain('Asked for: folder \\\\fs01\\Buchhaltung; point in time: gestern 18 Uhr');
    expect(m.text).toContain('Respond by: Tuesday, 24 November 2026, 14:00 (UTC+01:00)');
    expect(m.text).toContain('call the customer back on the number from the contract (R-014)');
  });
});
