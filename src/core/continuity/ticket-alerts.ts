/**
 * Who hears about a new restore ticket (BCP-3.2): always the operator; while an absence is in
 * force and a cover technician exists, critical tickets — a `suspicious` sender or an urgent
 * request — also page the cover. With the solo posture there is no cover to page.
 */
import type { Urgency, Verdict } from '../verification/verification-result';
import { isInForce, type Absence } from './absence';
import type { Language } from '../customers/customer';
import { fill } from './compose';
import { formatInstant } from './format';
import coverAlert from './templates/cover-alert.en.json';

export interface AlertedTicket {
  id: string;
  number: string;
  customerName: string | null;
  requester: { name: string; address: string };
  subject: string;
  verdict: Verdict;
  urgency: Urgency;
  respondBy: string | null;
  request: {
    objects: { kind: string; name: string }[];
    pointInTime: { text: string } | null;
    target: string | null;
  } | null;
}

export type CoverAlertReason = 'suspicious-sender' | 'urgent-request';

export interface AlertRouting {
  operator: true;
  /** Present when the cover must be paged too. */
  cover: { name: string; email: string; phone: string; reasons: CoverAlertReason[] } | null;
}

export function routeTicketAlert(
  ticket: Pick<AlertedTicket, 'verdict' | 'urgency'>,
  absence: Absence | null,
  now: Date,
): AlertRouting {
  if (!absence || !isInForce(absence, now) || absence.cover.kind !== 'technician')
    return { operator: true, cover: null };
  const reasons: CoverAlertReason[] = [];
  // BCP-3.2: critical alerts also page the cover contact.
  if (ticket.verdict === 'suspicious') reasons.push('suspicious-sender');
  if (ticket.urgency === 'urgent') reasons.push('urgent-request');
  if (reasons.length === 0) return { operator: true, cover: null };
  const { name, email, phone } = absence.cover;
  return { operator: true, cover: { name, email, phone, reasons } };
}

/** What a ticket asks for, in one line ("file \\fs01\Buchhaltung; point in time: gestern 18 Uhr"). */
export function describeRequest(ticket: Pick<AlertedTicket, 'request' | 'subject'>): string {
  const r = ticket.request;
  if (!r || r.objects.length === 0) return ticket.subject || '(no details detected)';
  const parts = [r.objects.map((o) => `${o.kind} ${o.name}`).join(', ')];
  if (r.pointInTime) parts.push(`point in time: ${r.pointInTime.text}`);
  if (r.target) parts.push(`target: ${r.target}`);
  return parts.join('; ');
}

/** The cover's email when the cover does not have the bot in Teams (BCP-3.2). Internal, English. */
export function composeCoverAlertEmail(
  ticket: AlertedTicket,
  cover: { name: string },
  sender: { organisation: string; operator: string; timeZone: string },
  now: Date,
): { subject: string; text: string; language: Language } {
  const values = {
    organisation: sender.organisation,
    operator: sender.operator,
    contactName: cover.name,
    number: ticket.number,
    customer: ticket.customerName ?? 'unknown customer',
    requester: ticket.requester.name
      ? `${ticket.requester.name} <${ticket.requester.address}>`
      : ticket.requester.address,
    verdict: ticket.verdict,
    urgency: ticket.urgency,
    asked: describeRequest(ticket),
    respondBy: ticket.respondBy
      ? formatInstant(ticket.respondBy, sender.timeZone, 'en')
      : 'no contractual window',
    verificationLine:
      ticket.verdict === 'verified'
        ? coverAlert.verificationLines.verified
        : coverAlert.verificationLines.other,
    timestamp: formatInstant(now.toISOString(), sender.timeZone, 'en'),
  };
  return {
    subject: fill(coverAlert.subject, values),
    text: coverAlert.lines.map((l) => fill(l, values)).join('\n'),
    language: 'en',
  };
}
