import { triageQueue, type QueuedTicket } from '../../../src/core/continuity/return-triage';

const now = new Date('2026-11-28T07:00:00Z');
const t = (
  id: string,
  urgency: QueuedTicket['urgency'],
  receivedAt: string,
  respondBy: string | null = null,
  responseBreached = false,
): QueuedTicket => ({
  id,
  urgency,
  createdAt: receivedAt,
  receivedAt,
  respondBy,
  responseBreached,
});

describe('triageQueue', () => {
  it('BCP-5.4 orders queued requests by urgency, then oldest first', () => {
    const queue = [
      t('normal-old', 'normal', '2026-11-23T08:00:00Z'),
      t('urgent-new', 'urgent', '2026-11-27T08:00:00Z'),
      t('high', 'high', '2026-11-25T08:00:00Z'),
      t('urgent-old', 'urgent', '2026-11-24T08:00:00Z'),
    ];
    expect(triageQueue(queue, now).map((x) => x.ticket.id)).toEqual([
      'urgent-old',
      'urgent-new',
      'high',
      'normal-old',
    ]);
  });

  const windows: { name: string; ticket: QueuedTicket; missed: boolean; overdueHours: number }[] = [
    {
      name: 'BCP-5.4 shows a missed response window with how long ago',
      ticket: t('a', 'high', '2026-11-24T08:00:00Z', '2026-11-24T12:00:00Z'),
      missed: true,
      overdueHours: 91,
    },
    {
      name: 'BCP-5.4 does not flag a window still open',
      ticket: t('b', 'high', '2026-11-27T08:00:00Z', '2026-11-28T12:00:00Z'),
      missed: false,
      overdueHours: 0,
    },
    {
      name: 'BCP-5.4 does not flag a ticket without a contractual window',
      ticket: t('c', 'normal', '2026-11-24T08:00:00Z'),
      missed: false,
      overdueHours: 0,
    },
    {
      name: 'BCP-5.4 keeps a breach already recorded by the ticket store',
      ticket: t('d', 'normal', '2026-11-24T08:00:00Z', null, true),
      missed: true,
      overdueHours: 0,
    },
  ];
  it.each(windows)('$name', ({ ticket, missed, overdueHours }) => {
    const [r] = triageQueue([ticket], now);
    expect(r).toMatchObject({ missedWindow: missed, overdueHours });
  });
});
