import { exportTickets, formatDuration } from '../../../src/core/tickets/ticket-export';
import { ticket } from './ticket-fixtures';

const restored = ticket({
  state: 'closed',
  subject: '=HYPERLINK("http://evil")',
  respondedAt: '2026-03-02T09:00:00.000Z',
  history: [
    { state: 'new', at: '2026-03-02T08:00:00.000Z', actor: 'op' },
    { state: 'approved', at: '2026-03-02T09:00:00.000Z', actor: 'op' },
    { state: 'in-progress', at: '2026-03-02T09:05:00.000Z', actor: 'op' },
    { state: 'restored', at: '2026-03-02T11:30:00.000Z', actor: 'op' },
    { state: 'closed', at: '2026-03-02T12:00:00.000Z', actor: 'op' },
  ],
});
const open = ticket({
  number: 'RQ-2026-0002',
  customerName: 'Müller | Bau',
  respondBy: '2026-03-02T10:00:00.000Z',
});
const now = new Date('2026-03-03T00:00:00.000Z');

describe('R-004 ticket export', () => {
  it("R-004 gives the time to restore per ticket, in the operator's zone with its offset (CSV)", () => {
    const csv = exportTickets([restored, open], { format: 'csv', zone: 'Europe/Berlin', now }).split('\r\n');
    expect(csv[0]).toContain('Time to restore (min)');
    expect(csv[1]).toContain('2026-03-02T09:00:00+01:00');
    expect(csv[1]).toContain(',210,3 h 30 min');
    expect(csv[2]).toContain(',yes,');
  });

  it('BCP-5.4 counts missed response windows in the Markdown summary and escapes table cells', () => {
    const md = exportTickets([restored, open], { format: 'md', zone: 'Europe/Berlin', now });
    expect(md).toContain('longest time to restore: 3 h 30 min (R-004)');
    expect(md).toContain('Response windows missed: 1 (BCP-5.4)');
    expect(md).toContain('Müller \\| Bau');
  });

  it('does not let a subject start a spreadsheet formula', () => {
    // Subjects are not exported; requesters and names are — a formula-looking name is neutralised.
    const csv = exportTickets([ticket({ customerName: '=cmd|x' })], { format: 'csv', zone: 'UTC', now });
    expect(csv).toContain("'=cmd|x");
  });

  it.each([
    [0, '0 min'],
    [59, '59 min'],
    [210, '3 h 30 min'],
    [1500, '1 d 1 h 0 min'],
  ])('formats %i minutes as %s', (m, s) => expect(formatDuration(m)).toBe(s));
});
