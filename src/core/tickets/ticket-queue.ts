/** BCP-5.4: queued requests are triaged in order of urgency, then age (oldest first). */
import type { Urgency } from '../verification/verification-result';
import type { Ticket } from './ticket';

const URGENCY_RANK: Record<Urgency, number> = { urgent: 0, high: 1, normal: 2 };

const arrival = (t: Pick<Ticket, 'receivedAt' | 'createdAt'>): string => t.receivedAt ?? t.createdAt;

export function compareQueue(a: Ticket, b: Ticket): number {
  return (
    URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] ||
    Date.parse(arrival(a)) - Date.parse(arrival(b)) ||
    (a.number < b.number ? -1 : a.number > b.number ? 1 : 0)
  );
}

export const inQueueOrder = (tickets: readonly Ticket[]): Ticket[] => [...tickets].sort(compareQueue);
