import { inQueueOrder } from '../../../src/core/tickets/ticket-queue';
import { ticketNumber } from '../../../src/core/tickets/ticket';
import { ticket } from './ticket-fixtures';

describe('BCP-5.4 queue order', () => {
  it('BCP-5.4 triages by urgency first, then by age (oldest first)', () => {
    const queue = inQueueOrder([
      ticket({ number: 'A', urgency: 'normal', receivedAt: '2026-03-01T08:00:00.000Z' }),
      ticket({ number: 'B', urgency: 'urgent', receivedAt: '2026-03-02T08:00:00.000Z' }),
      ticket({ number: 'C', urgency: 'high', receivedAt: '2026-03-02T07:00:00.000Z' }),
      ticket({ number: 'D', urgency: 'urgent', receivedAt: '2026-03-01T09:00:00.000Z' }),
      ticket({ number: 'E', urgency: 'normal', receivedAt: null, createdAt: '2026-02-28T08:00:00.000Z' }),
    ]);
    expect(queue.map((t) => t.number)).toEqual(['D', 'B', 'C', 'E', 'A']);
  });
});

describe('ticket numbers', () => {
  it.each([
    [2026, 1, 'RQ-2026-0001'],
    [2026, 42, 'RQ-2026-0042'],
    [2027, 12345, 'RQ-2027-12345'],
  ])('numbers ticket %i/%i as %s', (year, seq, expected) => {
    expect(ticketNumber(year, seq)).toBe(expected);
  });
});
