/** The embedded default: .eml files a person can open in any mail program (postal-mime parses them). */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { defaultRetryPolicy } from '../../src/core/outbox';
import { FileTransport } from '../../src/mail/file.transport';
import { OutboxWorker } from '../../src/mail/outbox-worker';
import { fixedClock } from '../../src/shared/clock';
import { draft, memoryOutbox, silentLog } from './support/outbox-fixtures';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'isms-outbox-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function setUp() {
  const { repository } = memoryOutbox();
  const clock = fixedClock('2026-11-23T09:15:30.000Z');
  const transport = new FileTransport(join(dir, 'outbox'), { address: 'operator@backup-ops.example' });
  const worker = new OutboxWorker({
    repository,
    transport,
    clock,
    log: silentLog,
    rate: { messagesPerMinute: 25, recipientsPerDay: 10_000 },
    retry: defaultRetryPolicy,
  });
  return { repository, clock, transport, worker };
}

describe('the file transport (.eml in <data>/outbox)', () => {
  it('BCP-6.3 writes a standards-correct message: Date, Message-ID, From, To, Subject (RFC 2047) and a UTF-8 body with umlauts', async () => {
    const { repository, worker, transport } = setUp();
    const message = draft('absence:1:acme', {
      to: [
        { name: 'Jana Schulz', address: 'j.schulz@acme.example' },
        { name: 'Jörg Müller', address: 'j.mueller@acme.example' },
      ],
    });
    const [id] = repository.enqueue([message], new Date('2026-11-23T09:00:00Z')).ids;
    expect(await worker.step()).toBe('processed');
    expect(repository.get(id!)).toMatchObject({ state: 'sent', delivery: 'written' });

    const raw = readFileSync(transport.pathFor(message));
    const headerBlock = raw.toString('latin1').split('\r\n\r\n')[0]!;
    expect(headerBlock).toMatch(/^MIME-Version: 1\.0$/m);
    expect(headerBlock).toMatch(/^Subject: =\?UTF-8\?[QB]\?/m); // RFC 2047: no raw 8-bit in headers
    expect(/[\x80-\xff]/.test(headerBlock)).toBe(false);

    const parsed = await PostalMime.parse(raw);
    expect(parsed.subject).toBe('Abwesenheit: Rückkehr am 15.12.2026');
    expect(parsed.from).toMatchObject({ address: 'operator@backup-ops.example' });
    expect(parsed.to).toEqual([
      { name: 'Jana Schulz', address: 'j.schulz@acme.example' },
      { name: 'Jörg Müller', address: 'j.mueller@acme.example' },
    ]);
    expect(parsed.messageId).toMatch(/^<[0-9a-f]{32}\.isms-desk@backup-ops\.example>$/);
    expect(new Date(parsed.date!).toISOString()).toBe('2026-11-23T09:15:30.000Z');
    expect(parsed.text?.trim()).toBe(message.text);
    expect(parsed.html).toBeUndefined();
  });

  it('names the file after the idempotency key and leaves no temporary file', async () => {
    const { repository, worker } = setUp();
    repository.enqueue([draft('disruption:2026-11-23/1:acme')], new Date('2026-11-23T09:00:00Z'));
    await worker.step();
    expect(readdirSync(join(dir, 'outbox'))).toEqual([
      expect.stringMatching(/^disruption_2026-11-23_1_acme-[0-9a-f]{12}\.eml$/),
    ]);
  });

  it('a message interrupted after its file was written is found by the check and not written twice', async () => {
    const { repository, worker, transport, clock } = setUp();
    const message = draft('a:1');
    const [id] = repository.enqueue([message], clock.now()).ids;
    // Simulate a crash between the rename and recording the result.
    const claim = repository.claimNext(clock.now(), 60_000)!;
    await transport.send(claim.message, clock.now());
    repository.recoverInterrupted(clock.now(), 'all');
    await worker.step();
    expect(repository.get(id!)).toMatchObject({ state: 'sent', delivery: 'written' });
    expect(repository.events(id!).at(-1)!.detail).toContain('not resent');
    expect(readdirSync(join(dir, 'outbox'))).toHaveLength(1);
  });

  it('a message interrupted before its file was written is written on recovery', async () => {
    const { repository, worker, clock } = setUp();
    const [id] = repository.enqueue([draft('a:1')], clock.now()).ids;
    repository.claimNext(clock.now(), 60_000);
    repository.recoverInterrupted(clock.now(), 'all');
    await worker.step(); // check: no file
    await worker.step(); // write it
    expect(repository.get(id!)!.state).toBe('sent');
    expect(readdirSync(join(dir, 'outbox'))).toHaveLength(1);
  });
});
