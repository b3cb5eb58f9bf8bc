import { AuditBatch } from '../../src/store/audit-batch';
import { AuditRepository } from '../../src/store/audit.repository';
import { openDatabase } from '../../src/store/database';
import { join } from 'node:path';
import { tempDir } from '../support/temp-dir';

const draft = (n: number) => ({
  id: `v${n}`,
  at: '2026-11-22T08:00:00.000Z',
  actor: 'Jana Operator',
  type: 'verification.recorded' as const,
  subject: '',
  payload: { n },
});

describe('group commit of verification records', () => {
  it('R-001 records every verification of one turn, in order, in a chain that checks out', async () => {
    const db = openDatabase(join(tempDir(), 'batch.db'));
    const batch = new AuditBatch(db);
    const events = await Promise.all([1, 2, 3].map((n) => batch.append(draft(n))));
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3]);
    const audit = new AuditRepository(db);
    expect([...audit.events()].map((e) => e.id)).toEqual(['v1', 'v2', 'v3']);
    expect(audit.verify()).toMatchObject({ ok: true, count: 3 });
    db.close();
  });

  it('leaves decisions (tickets, call-backs) committing with synchronous=FULL', async () => {
    const db = openDatabase(join(tempDir(), 'batch.db'));
    await new AuditBatch(db).append(draft(1));
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // 2 = FULL
    db.close();
  });
});
