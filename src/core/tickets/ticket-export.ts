/**
 * The auditor's record of restore tickets (R-004: evidence that a committed RTO is met — the time
 * to restore per ticket; BCP-5.4: missed response windows). CSV for spreadsheets, Markdown for the
 * wiki. Times in the operator's zone with their UTC offset.
 */
import { DateTime } from 'luxon';
import { isBreached } from './response-window';
import type { Ticket, TicketState } from './ticket';

export type ExportFormat = 'csv' | 'md';

export interface ExportRow {
  number: string;
  customer: string;
  requester: string;
  verdict: string;
  kind: string;
  urgency: string;
  state: TicketState;
  received: string;
  respondBy: string;
  responseBreached: 'yes' | 'no' | '';
  callback: string;
  approved: string;
  restored: string;
  /** Minutes from arrival to restored; '' while not restored. */
  timeToRestoreMinutes: string;
  timeToRestore: string;
}

const COLUMNS: { key: keyof ExportRow; title: string }[] = [
  { key: 'number', title: 'Ticket' },
  { key: 'customer', title: 'Customer' },
  { key: 'requester', title: 'Requester' },
  { key: 'verdict', title: 'Sender verdict' },
  { key: 'kind', title: 'Kind' },
  { key: 'urgency', title: 'Urgency' },
  { key: 'state', title: 'State' },
  { key: 'received', title: 'Received' },
  { key: 'respondBy', title: 'Respond by' },
  { key: 'responseBreached', title: 'Response window missed' },
  { key: 'callback', title: 'Call-back' },
  { key: 'approved', title: 'Approved' },
  { key: 'restored', title: 'Restored' },
  { key: 'timeToRestoreMinutes', title: 'Time to restore (min)' },
  { key: 'timeToRestore', title: 'Time to restore' },
];

const local = (iso: string | null | undefined, zone: string): string =>
  iso ? (DateTime.fromISO(iso, { zone }).toISO({ suppressMilliseconds: true }) ?? iso) : '';

const firstEntered = (ticket: Ticket, state: TicketState): string | null =>
  ticket.history.find((h) => h.state === state)?.at ?? null;

export function formatDuration(minutes: number): string {
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  return [d ? `${d} d` : '', h ? `${h} h` : '', `${m} min`].filter(Boolean).join(' ');
}

export function exportRow(ticket: Ticket, zone: string, now: Date): ExportRow {
  const arrival = ticket.receivedAt ?? ticket.createdAt;
  const restored = firstEntered(ticket, 'restored');
  const minutes = restored
    ? Math.max(0, Math.round((Date.parse(restored) - Date.parse(arrival)) / 60_000))
    : null;
  const lastCall = ticket.callbacks.at(-1);
  return {
    number: ticket.number,
    customer: ticket.customerName ?? ticket.customerId ?? '',
    requester: ticket.requester.address,
    verdict: ticket.verdict,
    kind: ticket.kind ?? '',
    urgency: ticket.urgency,
    state: ticket.state,
    received: local(arrival, zone),
    respondBy: local(ticket.respondBy, zone),
    responseBreached: ticket.respondBy ? (isBreached(ticket, now) ? 'yes' : 'no') : '',
    callback: lastCall
      ? `${lastCall.outcome} (${lastCall.numberOwner}, ${local(lastCall.calledAt, zone)}, ${lastCall.calledBy})`
      : '',
    approved: local(firstEntered(ticket, 'approved'), zone),
    restored: local(restored, zone),
    timeToRestoreMinutes: minutes === null ? '' : String(minutes),
    timeToRestore: minutes === null ? '' : formatDuration(minutes),
  };
}

/** Spreadsheet formula injection: a cell must not start a formula (a subject may be "=HYPERLINK(…)"). */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const mdCell = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function exportTickets(
  tickets: readonly Ticket[],
  options: { format: ExportFormat; zone: string; now: Date },
): string {
  const rows = tickets.map((t) => exportRow(t, options.zone, options.now));
  if (options.format === 'csv') {
    const lines = [
      COLUMNS.map((c) => csvCell(c.title)).join(','),
      ...rows.map((r) => COLUMNS.map((c) => csvCell(r[c.key])).join(',')),
    ];
    return `${lines.join('\r\n')}\r\n`;
  }
  const restoredMinutes = rows
    .filter((r) => r.timeToRestoreMinutes !== '')
    .map((r) => Number(r.timeToRestoreMinutes));
  const longest = restoredMinutes.length > 0 ? formatDuration(Math.max(...restoredMinutes)) : '—';
  const missed = rows.filter((r) => r.responseBreached === 'yes').length;
  return [
    '# Restore tickets',
    '',
    `Exported ${local(options.now.toISOString(), options.zone)} (${options.zone}). ${rows.length} tickets, ${restoredMinutes.length} restored; longest time to restore: ${longest} (R-004). Response windows missed: ${missed} (BCP-5.4).`,
    '',
    `| ${COLUMNS.map((c) => c.title).join(' | ')} |`,
    `| ${COLUMNS.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${COLUMNS.map((c) => mdCell(r[c.key]) || ' ').join(' | ')} |`),
    '',
  ].join('\n');
}
