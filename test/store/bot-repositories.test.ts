/** The bot's store: absences confirmed exactly once (even from two connections), conversations kept across restarts. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assessNotice, type Absence } from '../../src/core/continuity/absence';
import { AuditRepository } from '../../src/store/audit.repository';
import { AbsenceRepository } from '../../src/store/absence.repository';
import { ConversationRepository, TicketAlertLog } from '../../src/store/conversation.repository';
import { openDatabase, type Db } from '../../src/store/database';

const now = new Date('2026-11-22T09:00:00Z');
const absence = (id: string, over: Partial<Absence> = {}): Absence => ({
  id,
  kind: 'planned',
  start: '2026-11-23T07:00:00.000Z',
  returnsAt: '2026-11-28T07:00:00.000Z',
  cover: {
    kind: 'technician',
    name: 'Jonas Keller',
    phone: '+49 170 7654321',
    email: 'j.keller@cover-it.example',
  },
  state: 'draft',
  createdAt: now.toISOString(),
  createdBy: 'Mara Berger',
  ...over,
});

let dir: string;
let dbs: Db[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'isms-desk-absences-'));
  dbs = [];
});
afterEach(() => {
  dbs.forEach((d) => d.close());
  rmSync(dir, { recursive: true, force: true });
});
const open = () => {
  const db = openDatabase(join(dir, 'store.db'));
  dbs.push(db);
  return db;
};

describe('AbsenceRepository', () => {
  it('confirms a draft exactly once, even from two connections (two server instances)', () => {
    const a = new AbsenceRepository(open());
    const b = new AbsenceRepository(open());
    a.createDraft(absence('x'), assessNotice(absence('x'), now));
    expect([a.confirm('x', 'Mara', now), b.confirm('x', 'Mara', now), a.confirm('x', 'Mara', now)]).toEqual([
      true,
      false,
      false,
    ]);
    expect(b.byId('x')).toMatchObject({ state: 'confirmed', confirmedAt: now.toISOString() });
  });

  it('keeps the confirmation record and the cover as entered', () => {
    const r = new AbsenceRepository(open());
    r.createDraft(absence('x'), assessNotice(absence('x'), now));
    r.confirm('x', 'Mara', now);
    r.recordConfirmation(
      'x',
      { noticesQueued: 7, autoReplyStatus: 'scheduled', autoReplyDetail: 'ok' },
      'Mara',
      now,
    );
    expect(r.byId('x')).toMatchObject({ cover: absence('x').cover, confirmation: { noticesQueued: 7 } });
  });

  it('a discarded draft cannot be confirmed; an ended absence cannot be ended again', () => {
    const r = new AbsenceRepository(open());
    r.createDraft(absence('d'), assessNotice(absence('d'), now));
    expect(r.discard('d', now)).toBe(true);
    expect(r.confirm('d', 'Mara', now)).toBe(false);
    r.createDraft(absence('e'), assessNotice(absence('e'), now));
    r.confirm('e', 'Mara', now);
    expect(r.open(now)?.id).toBe('e');
    expect([r.end('e', 'Mara', now), r.end('e', 'Mara', now)]).toEqual([true, false]);
    expect(r.open(now)).toBeUndefined();
  });

  it('is no longer open after the expected return; covers are remembered', () => {
    const r = new AbsenceRepository(open());
    r.createDraft(absence('x'), assessNotice(absence('x'), now));
    r.confirm('x', 'Mara', now);
    expect(r.open(new Date('2026-11-28T06:59:59Z'))?.id).toBe('x');
    expect(r.open(new Date('2026-11-28T07:00:00Z'))).toBeUndefined();
    expect(r.coverEmails()).toEqual(['j.keller@cover-it.example']);
  });
  it('R-001 records confirming, the notices and the return in the audit trail, once each, chain intact', () => {
    const db = open();
    const r = new AbsenceRepository(db);
    r.createDraft(absence('x'), assessNotice(absence('x'), now));
    r.confirm('x', 'Mara', now);
    r.confirm('x', 'Mara', now);
    r.recordConfirmation(
      'x',
      { noticesQueued: 7, autoReplyStatus: 'scheduled', autoReplyDetail: 'ok' },
      'Mara',
      now,
    );
    r.end('x', 'Mara', now);
    r.end('x', 'Mara', now);
    const audit = new AuditRepository(db);
    const events = audit.forSubject('absence:x');
    expect(events.map((e) => [e.type, e.actor])).toEqual([
      ['absence.confirmed', 'Mara'],
      ['absence.notice-queued', 'Mara'],
      ['absence.ended', 'Mara'],
    ]);
    expect(events[1]!.payload).toMatchObject({ noticesQueued: 7, autoReplyStatus: 'scheduled' });
    expect(audit.verify()).toMatchObject({ ok: true });
  });
});

describe('ConversationRepository', () => {
  const record = {
    conversationId: 'a:1',
    conversationType: 'personal',
    userId: '29:1',
    userName: 'Mara Berger',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    reference: '{"conversation":{"id":"a:1"}}',
  };

  it('survives a restart (a new connection reads what the old one stored)', () => {
    new ConversationRepository(open()).save({ ...record, email: 'Mara@BackupExperts.example' }, now);
    dbs.splice(0).forEach((d) => d.close());
    const again = new ConversationRepository(open());
    expect(again.personal()).toEqual([{ ...record, email: 'mara@backupexperts.example' }]);
    expect(again.byEmail('MARA@backupexperts.example')?.conversationId).toBe('a:1');
  });

  it('keeps a known email when a later turn carries none; forgets an uninstalled conversation', () => {
    const r = new ConversationRepository(open());
    r.save({ ...record, email: 'mara@backupexperts.example' }, now);
    r.save({ ...record, reference: '{"v":2}' }, now);
    expect(r.emailOf('a:1')).toBe('mara@backupexperts.example');
    expect(r.personal()[0]!.reference).toBe('{"v":2}');
    r.markUninstalled('a:1', now);
    expect(r.personal()).toEqual([]);
    expect(r.byEmail('mara@backupexperts.example')).toBeUndefined();
  });
});

describe('TicketAlertLog', () => {
  it('claims a delivery once per ticket and recipient; a released claim can be claimed again', () => {
    const log = new TicketAlertLog(open());
    expect([log.claim('t1', 'teams:a:1', 'teams', now), log.claim('t1', 'teams:a:1', 'teams', now)]).toEqual([
      true,
      false,
    ]);
    expect(log.claim('t1', 'teams:a:2', 'teams', now)).toBe(true);
    log.release('t1', 'teams:a:1');
    expect(log.claim('t1', 'teams:a:1', 'teams', now)).toBe(true);
  });
});
