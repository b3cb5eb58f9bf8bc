/** The audit trail in SQLite: append-only, one chain even with two writers (the server and the CLI). */
import { join } from 'node:path';
import { AuditBatch } from '../../src/store/audit-batch';
import { AuditRepository, inWriteTransaction } from '../../src/store/audit.repository';
import { openDatabase } from '../../src/store/database';
import { tempDir } from '../support/temp-dir';

const dir = tempDir('isms-desk-audit-');
let n = 0;
const draft = (actor: string) => ({
  id: `e-${++n}`,
  at: '2026-03-02T08:00:00.000Z',
  actor,
  type: 'ticket.transitioned' as const,
  subject: 't-1',
  payload: { n, text: 'Umlaute äöü and "quotes"', nested: { b: 2, a: [1, null] } },
});

describe('R-001 audit repository', () => {
  it('R-001 keeps one unbroken chain when two connections append in turn', () => {
    const file = join(dir, 'two-writers.db');
    const server = openDatabase(file);
    const cli = openDatabase(file);
    try {
      const a = new AuditRepository(server);
      const b = new AuditRepository(cli);
      for (let i = 0; i < 50; i++) {
        inWriteTransaction(server, () => a.append(draft('server')));
        inWriteTransaction(cli, () => b.append(draft('cli')));
      }
      const check = a.verify();
      expect(check).toMatchObject({ ok: true, count: 100 });
      expect([...b.events()].map((e) => e.seq)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    } finally {
      server.close();
      cli.close();
    }
  });

  it('refuses to append outside a write transaction (the change and its event commit together)', () => {
    const db = openDatabase(join(dir, 'outside.db'));
    try {
      expect(() => new AuditRepository(db).append(draft('x'))).toThrow(/inWriteTransaction/);
    } finally {
      db.close();
    }
  });

  it('R-001 rolls the event back with the change it records', () => {
    const db = openDatabase(join(dir, 'rollback.db'));
    try {
      const audit = new AuditRepository(db);
      expect(() =>
        inWriteTransaction(db, () => {
          audit.append(draft('x'));
          throw new Error('the change failed');
        }),
      ).toThrow('the change failed');
      expect([...audit.events()]).toHaveLength(0);
    } finally {
      db.close();
    }
  });

  it('R-001 reads back exactly what it hashed (payload round trip)', () => {
    const db = openDatabase(join(dir, 'roundtrip.db'));
    try {
      const audit = new AuditRepository(db);
      const written = inWriteTransaction(db, () => audit.append(draft('x')));
      expect([...audit.events()][0]).toEqual(written);
      expect(audit.verify().ok).toBe(true);
    } finally {
      db.close();
    }
  });

  it('R-001 group-commits the events of one event-loop turn and answers each caller after the commit', async () => {
    const db = openDatabase(join(dir, 'batch.db'));
    try {
      const batch = new AuditBatch(db);
      const events = await Promise.all([
        batch.append(draft('a')),
        batch.append(draft('b')),
        batch.append(draft('c')),
      ]);
      expect(events.map((e) => e.seq)).toEqual([1, 2, 3]);
      expect(new AuditRepository(db).verify()).toMatchObject({ ok: true, count: 3 });
    } finally {
      db.close();
    }
  });

  it('R-001 writes nothing of a batch that fails, and tells every caller', async () => {
    const db = openDatabase(join(dir, 'batch-fail.db'));
    try {
      const batch = new AuditBatch(db);
      const one = draft('a');
      const outcomes = await Promise.allSettled([
        batch.append(one),
        batch.append({ ...draft('b'), id: one.id }),
      ]);
      expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
      expect([...new AuditRepository(db).events()]).toHaveLength(0);
    } finally {
      db.close();
    }
  });
});
