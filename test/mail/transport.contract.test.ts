/**
 * One contract for every MailTransport (STYLE.md #6): what the worker relies on for crash safety.
 * Run against the file transport and the Graph transport (with the fake Graph).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OutboxMessage } from '../../src/core/outbox';
import { FileTransport } from '../../src/mail/file.transport';
import { createGraphHttp } from '../../src/mail/graph-http';
import { GraphTransport } from '../../src/mail/graph.transport';
import type { MailTransport } from '../../src/mail/mail-transport.port';
import { FakeGraph } from '../fakes/fake-graph';
import { draft } from './support/outbox-fixtures';

const message = (key: string): OutboxMessage => ({
  ...draft(key),
  id: 1,
  state: 'sending',
  attempts: 1,
  checkFirst: false,
  unknownSince: null,
  nextAttemptAt: '2026-11-23T09:00:00.000Z',
  leaseUntil: null,
  delivery: null,
  lastError: null,
  createdAt: '2026-11-23T09:00:00.000Z',
  updatedAt: '2026-11-23T09:00:00.000Z',
  sentAt: null,
});

interface Harness {
  transport: MailTransport;
  sentCount(key: string): number;
  close(): Promise<void>;
}

const transports: [string, () => Promise<Harness>][] = [
  [
    'file',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'isms-contract-'));
      const transport = new FileTransport(dir, { address: 'operator@contoso.example' });
      return {
        transport,
        sentCount: (key) => (existsSync(transport.pathFor({ idempotencyKey: key })) ? 1 : 0),
        close: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  ],
  [
    'graph',
    async () => {
      const graph = await new FakeGraph().start();
      const token = graph.issueToken();
      const transport = new GraphTransport(createGraphHttp({ getToken: async () => token }, 2000), {
        baseUrl: graph.baseUrl,
        mailbox: 'operator@contoso.example',
      });
      return { transport, sentCount: (key) => graph.deliveredCount(key), close: () => graph.close() };
    },
  ],
];

describe.each(transports)('the %s transport keeps the transport contract', (_name, make) => {
  let h: Harness;
  beforeEach(async () => {
    h = await make();
  });
  afterEach(() => h.close());
  const now = new Date('2026-11-23T09:00:00.000Z');

  it('a message never sent is not found by the check', async () => {
    expect(await h.transport.check(message('c:1'), now)).toMatchObject({ kind: 'not-found' });
  });

  it('a sent message is found by its idempotency key, and only that one', async () => {
    expect(await h.transport.send(message('c:1'), now)).toMatchObject({ kind: 'sent' });
    expect(await h.transport.check(message('c:1'), now)).toMatchObject({ kind: 'found' });
    expect(await h.transport.check(message('c:2'), now)).toMatchObject({ kind: 'not-found' });
    expect(h.sentCount('c:1')).toBe(1);
  });

  it('declares its parallelism within Graph’s 4 per mailbox and a non-negative check grace', () => {
    expect(h.transport.maxConcurrency).toBeGreaterThanOrEqual(1);
    expect(h.transport.maxConcurrency).toBeLessThanOrEqual(4);
    expect(h.transport.checkGraceMs).toBeGreaterThanOrEqual(0);
  });
});
