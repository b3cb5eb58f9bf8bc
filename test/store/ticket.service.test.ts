/** The ticket use cases against SQLite: numbering per local year, notifications, the bot's queue. */
import { join } from 'node:path';
import type { TicketView } from '../../src/core/tickets/ticket-view';
import { fixedClock } from '../../src/shared/clock';
import { createLogger } from '../../src/shared/logger';
import { openDatabase, type Db } from '../../src/store/database';
import { importCustomerFolder } from '../../src/store/imports';
import { TicketService } from '../../src/store/ticket.service';
import messages from '../server/fixtures/messages.json';
import { tempDir } from '../support/temp-dir';

const dir = tempDir('isms-desk-tickets-');
const REPO = join(__dirname, '..', '..');
let dbs = 0;
let ids = 0;

function setUp(start: string, events?: { ticketCreated(t: TicketView): Promise<void> }) {
  const db: Db = openDatabase(join(dir, `t${++dbs}.db`));
  importCustomerFolder(db, join(REPO, 'examples/customers'), new Date(start));
  const clock = fixedClock(start);
  const service = new TicketService({
    db,
    clock,
    newId: () => `id-${++ids}`,
    timeZone: 'Europe/Berlin',
    events,
    log: createLogger('silent'),
  });
  return { db, clock, service };
}

const msg = (n: number, extra: object = {}) => ({
  ...messages.notAuthorised,
  internetMessageId: `<n${n}@acme-stb.de>`,
  ...extra,
});

describe('ticket numbers', () => {
  it("count per year in the operator's zone: 23:30 UTC on 31 December is already next year in Berlin", async () => {
    const { db, clock, service } = setUp('2026-12-31T22:00:00.000Z');
    try {
      const a = await service.create(msg(1), 'op');
      clock.set('2026-12-31T23:30:00.000Z');
      const b = await service.create(msg(2), 'op');
      const c = await service.create(msg(3), 'op');
      expect([a, b, c].map((r) => r.ok && r.value.ticket.number)).toEqual([
        'RQ-2026-0001',
        'RQ-2027-0001',
        'RQ-2027-0002',
      ]);
    } finally {
      db.close();
    }
  });
});

describe('new-ticket notifications (the bot port)', () => {
  it('tells the port once per new ticket, not on a repeated POST', async () => {
    const told: string[] = [];
    const { db, service } = setUp('2026-03-02T08:30:00.000Z', {
      ticketCreated: async (t) => {
        told.push(t.number);
      },
    });
    try {
      await service.create(msg(1), 'op');
      await service.create(msg(1), 'op');
      expect(told).toEqual(['RQ-2026-0001']);
    } finally {
      db.close();
    }
  });

  it('keeps the ticket when the notification fails (it is logged, not rolled back)', async () => {
    const { db, service } = setUp('2026-03-02T08:30:00.000Z', {
      ticketCreated: async () => {
        throw new Error('Teams is down');
      },
    });
    try {
      const r = await service.create(msg(1), 'op');
      expect(r.ok).toBe(true);
      expect(service.list()).toHaveLength(1);
    } finally {
      db.close();
    }
  });
});

describe('BCP-5.4 the open queue', () => {
  it('BCP-5.4 gives the bot the open tickets by urgency, then age, without finished ones', async () => {
    const { db, service } = setUp('2026-03-02T12:00:00.000Z');
    try {
      const normalOld = await service.create(msg(1, { receivedAt: '2026-03-02T07:00:00Z' }), 'op');
      const urgentNew = await service.create(
        msg(2, {
          receivedAt: '2026-03-02T11:00:00Z',
          bodyText: 'Please restore the mailbox of Anna Lenz, urgent.',
        }),
        'op',
      );
      const rejected = await service.create(msg(3, { receivedAt: '2026-03-02T06:00:00Z' }), 'op');
      if (!normalOld.ok || !urgentNew.ok || !rejected.ok) throw new Error('setup');
      service.transition(rejected.value.ticket.id, { to: 'rejected', reason: 'duplicate' }, 'op');
      expect(service.openQueue().map((t) => t.number)).toEqual([
        urgentNew.value.ticket.number,
        normalOld.value.ticket.number,
      ]);
    } finally {
      db.close();
    }
  });
});
