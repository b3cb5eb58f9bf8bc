/** Sample restore tickets in the shape of issue 4's TicketView, for cards and flows. */
import type { BotTicket } from '../../bot/flows/ports';

const base: BotTicket = {
  id: 't-1',
  number: 'RQ-2026-0001',
  state: 'new',
  customerName: 'ACME Steuerberatung GmbH',
  requester: { name: 'Jana Schulz', address: 'j.schulz@acme-stb.de' },
  subject: 'Bitte Ordner Buchhaltung wiederherstellen',
  verdict: 'verified',
  urgency: 'normal',
  request: {
    objects: [{ kind: 'folder', name: '\\\\fs01\\Buchhaltung' }],
    pointInTime: { text: 'gestern 18 Uhr' },
    target: null,
    urgency: 'normal',
  },
  receivedAt: '2026-11-24T08:00:00.000Z',
  createdAt: '2026-11-24T08:01:00.000Z',
  respondBy: null,
  responseBreached: false,
};

export const sampleTickets: BotTicket[] = [
  base,
  {
    ...base,
    id: 't-2',
    number: 'RQ-2026-0002',
    customerName: 'Praxis Dr. Weber',
    requester: { name: 'Dr. Weber', address: 'weber@praxis-weber.example' },
    subject: 'DRINGEND: Server läuft nicht',
    verdict: 'suspicious',
    urgency: 'urgent',
    receivedAt: '2026-11-25T08:00:00.000Z',
    createdAt: '2026-11-25T08:00:00.000Z',
    respondBy: '2026-11-25T12:00:00.000Z',
  },
  {
    ...base,
    id: 't-3',
    number: 'RQ-2026-0003',
    verdict: 'callback-required',
    urgency: 'high',
    request: null,
    subject: 'Mailbox restore',
    receivedAt: '2026-11-27T08:00:00.000Z',
    createdAt: '2026-11-27T08:00:00.000Z',
    respondBy: '2026-11-29T08:00:00.000Z',
  },
];
