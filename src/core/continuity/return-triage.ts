/**
 * BCP-5.4: on return, queued requests are triaged in order of urgency (then age: oldest first),
 * and every missed contractual response window is shown so it can be logged as a nonconformity.
 */
import type { Urgency } from '../verification/verification-result';

export interface QueuedTicket {
  id: string;
  urgency: Urgency;
  createdAt: string;
  receivedAt: string | null;
  /** BCP-5.1: end of the contractual response window, if the customer has one. */
  respondBy: string | null;
  responseBreached: boolean;
}

export interface TriagedTicket<T extends QueuedTicket> {
  ticket: T;
  missedWindow: boolean;
  /** Hours past the window (0 when not missed or no window). */
  overdueHours: number;
}

const rank: Record<Urgency, number> = { urgent: 0, high: 1, normal: 2 };
const arrived = (t: QueuedTicket) => Date.parse(t.receivedAt ?? t.createdAt);

export function triageQueue<T extends QueuedTicket>(tickets: readonly T[], now: Date): TriagedTicket<T>[] {
  return [...tickets]
    .sort((a, b) => rank[a.urgency] - rank[b.urgency] || arrived(a) - arrived(b) || a.id.localeCompare(b.id))
    .map((ticket) => {
      const overdueMs = ticket.respondBy ? now.getTime() - Date.parse(ticket.respondBy) : 0;
      const missedWindow = ticket.responseBreached || overdueMs > 0;
      return {
        ticket,
        missedWindow,
        overdueHours: missedWindow ? Math.max(0, Math.floor(overdueMs / 3_600_000)) : 0,
      };
    });
}
