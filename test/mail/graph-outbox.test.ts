/**
 * The outbox worker with the Graph transport against the local fake Graph (a real HTTP server):
 * throttling, permanent errors, timeouts and the Sent Items check. The worker is driven step by
 * step with a fixed clock; no function of the transport is mocked.
 */
import { defaultRetryPolicy } from '../../src/core/outbox';
import { fixedClock } from '../../src/shared/clock';
import { createGraphHttp } from '../../src/mail/graph-http';
import { GraphTransport, IDEMPOTENCY_PROPERTY_ID } from '../../src/mail/graph.transport';
import { OutboxWorker } from '../../src/mail/outbox-worker';
import { FakeGraph } from '../fakes/fake-graph';
import { draft, memoryOutbox, silentLog } from './support/outbox-fixtures';

const MAILBOX = 'operator@contoso.example';
let graph: FakeGraph;

beforeEach(async () => {
  graph = await new FakeGraph({ mailboxes: [MAILBOX], hangMs: 5_000 }).start();
});
afterEach(() => graph.close());

function setUp(options: { checkGraceMs?: number; token?: string } = {}) {
  const { repository } = memoryOutbox();
  const clock = fixedClock('2026-11-23T09:00:00.000Z');
  const token = options.token ?? graph.issueToken();
  const http = createGraphHttp({ getToken: async () => token }, 400);
  const transport = new GraphTransport(
    http,
    { baseUrl: graph.baseUrl, mailbox: MAILBOX },
    options.checkGraceMs ?? 0,
  );
  const worker = new OutboxWorker({
    repository,
    transport,
    clock,
    log: silentLog,
    rate: { messagesPerMinute: 30, recipientsPerDay: 10_000 },
    retry: { ...defaultRetryPolicy, maxAttempts: 4 },
    random: () => 0.5,
  });
  return { repository, clock, worker };
}

describe('sending through Microsoft Graph', () => {
  it('BCP-6.1 sends as the operator mailbox; 202 is recorded as accepted with the request id', async () => {
    const { repository, worker } = setUp();
    const [id] = repository.enqueue([draft('absence:1:acme')], new Date('2026-11-23T09:00:00Z')).ids;
    expect(await worker.step({ ignoreRate: true })).toBe('processed');
    expect(repository.get(id!)).toMatchObject({ state: 'sent', delivery: 'accepted' });
    expect(repository.events(id!).at(-1)!.transportResponse).toMatch(
      /^HTTP 202 accepted \(request-id [0-9a-f-]{36}\)$/,
    );
    const [item] = graph.sentItems;
    expect(item).toMatchObject({
      subject: 'Abwesenheit: Rückkehr am 15.12.2026',
      body: { contentType: 'Text' },
      toRecipients: [{ emailAddress: { name: 'Jana Schulz', address: 'j.schulz@acme.example' } }],
      singleValueExtendedProperties: [{ id: IDEMPOTENCY_PROPERTY_ID, value: 'absence:1:acme' }],
    });
    expect(item!.internetMessageId).toMatch(/^<[0-9a-f]{32}\.isms-desk@contoso\.example>$/);
  });

  it('429 with Retry-After: waits as asked, then sends once', async () => {
    const { repository, worker, clock } = setUp();
    const [id] = repository.enqueue([draft('a:1')], clock.now()).ids;
    graph.script('sendMail', { status: 429, retryAfter: '7' });
    await worker.step({ ignoreRate: true });
    expect(repository.get(id!)).toMatchObject({ state: 'queued', nextAttemptAt: '2026-11-23T09:00:07.000Z' });
    expect(await worker.step({ ignoreRate: true })).toBe('idle');
    clock.advance(7000);
    await worker.step({ ignoreRate: true });
    expect(repository.get(id!)!.state).toBe('sent');
    expect(graph.sendMailCalls.get('a:1')).toBe(2);
    expect(graph.deliveredCount('a:1')).toBe(1);
  });

  it('503 without Retry-After: exponential backoff with jitter, then sent', async () => {
    const { repository, worker, clock } = setUp();
    const [id] = repository.enqueue([draft('a:1')], clock.now()).ids;
    graph.script('sendMail', { status: 503 }, { status: 503 });
    await worker.step({ ignoreRate: true });
    const first = Date.parse(repository.get(id!)!.nextAttemptAt) - clock.now().getTime();
    clock.advance(first);
    await worker.step({ ignoreRate: true });
    const second = Date.parse(repository.get(id!)!.nextAttemptAt) - clock.now().getTime();
    expect(second).toBeGreaterThan(first);
    clock.advance(second);
    await worker.step({ ignoreRate: true });
    expect(repository.get(id!)!.state).toBe('sent');
  });

  it('a permanent error (400) marks the message failed with the reason and is not retried', async () => {
    const { repository, worker, clock } = setUp();
    const [id] = repository.enqueue([draft('a:1')], clock.now()).ids;
    graph.script('sendMail', { status: 400 });
    await worker.step({ ignoreRate: true });
    expect(repository.get(id!)).toMatchObject({ state: 'failed' });
    expect(repository.get(id!)!.lastError).toContain('ErrorInvalidRecipients');
    clock.advance(3600_000);
    expect(await worker.step({ ignoreRate: true })).toBe('idle');
    expect(graph.sendMailCalls.get('a:1')).toBe(1);
  });

  it('an invalid token is a permanent 401, recorded with Graph’s error code', async () => {
    const { repository, worker, clock } = setUp({ token: 'not-issued' });
    const [id] = repository.enqueue([draft('a:1')], clock.now()).ids;
    await worker.step({ ignoreRate: true });
    expect(repository.get(id!)!.lastError).toContain('InvalidAuthenticationToken');
  });

  it('transient failures give up after the attempt budget', async () => {
    const { repository, worker, clock } = setUp();
    const [id] = repository.enqueue([draft('a:1')], clock.now()).ids;
    graph.script('sendMail', ...Array.from({ length: 4 }, () => ({ status: 503 as const, retryAfter: '1' })));
    for (let i = 0; i < 4; i++) {
      await worker.step({ ignoreRate: true });
      clock.advance(1000);
    }
    expect(repository.get(id!)).toMatchObject({ state: 'failed' });
    expect(repository.get(id!)!.lastError).toMatch(/^retries-exhausted/);
  });

  it('a timeout after Graph took the message: checked in Sent Items, found, not sent twice', async () => {
    const { repository, worker } = setUp();
    const [id] = repository.enqueue([draft('a:1')], new Date('2026-11-23T09:00:00Z')).ids;
    graph.script('sendMail', { hang: 'after' });
    await worker.step({ ignoreRate: true });
    expect(repository.get(id!)).toMatchObject({ state: 'queued', checkFirst: true });
    await worker.step({ ignoreRate: true });
    expect(repository.get(id!)).toMatchObject({ state: 'sent', delivery: 'accepted' });
    expect(graph.sendMailCalls.get('a:1')).toBe(1);
    expect(graph.deliveredCount('a:1')).toBe(1);
    expect(repository.events(id!).map((e) => e.kind)).toEqual([
      'queued',
      'claim-send',
      'check-later',
      'claim-check',
      'sent',
    ]);
  });

  it('a timeout before Graph acted: not in Sent Items, so sent again, exactly once in the end', async () => {
    const { repository, worker } = setUp();
    const [id] = repository.enqueue([draft('a:1')], new Date('2026-11-23T09:00:00Z')).ids;
    graph.script('sendMail', { hang: 'before' });
    await worker.step({ ignoreRate: true });
    await worker.step({ ignoreRate: true }); // check: not found → resend
    await worker.step({ ignoreRate: true }); // the resend
    expect(repository.get(id!)!.state).toBe('sent');
    expect(graph.deliveredCount('a:1')).toBe(1);
    expect(repository.events(id!).map((e) => e.kind)).toContain('resend');
  });

  it('does not trust an early "not in Sent Items" inside the grace period', async () => {
    const { repository, worker, clock } = setUp({ checkGraceMs: 60_000 });
    const [id] = repository.enqueue([draft('a:1')], clock.now()).ids;
    graph.script('sendMail', { hang: 'before' });
    await worker.step({ ignoreRate: true });
    await worker.step({ ignoreRate: true });
    expect(repository.get(id!)).toMatchObject({
      state: 'queued',
      checkFirst: true,
      nextAttemptAt: '2026-11-23T09:01:00.000Z',
    });
    clock.advance(60_000);
    await worker.step({ ignoreRate: true });
    await worker.step({ ignoreRate: true });
    expect(repository.get(id!)!.state).toBe('sent');
    expect(graph.deliveredCount('a:1')).toBe(1);
  });

  it('keys with quotes survive the OData filter of the Sent Items check', async () => {
    const { repository, worker } = setUp();
    const [id] = repository.enqueue([draft("notice:o'brien")], new Date('2026-11-23T09:00:00Z')).ids;
    graph.script('sendMail', { hang: 'after' });
    await worker.step({ ignoreRate: true });
    await worker.step({ ignoreRate: true });
    expect(repository.get(id!)!.state).toBe('sent');
    expect(graph.deliveredCount("notice:o'brien")).toBe(1);
  });
});

describe('when the request never reaches Graph, or the worker must wait', () => {
  it('no token (token endpoint failing): nothing was sent, so it is retried later without a check', async () => {
    const { repository } = memoryOutbox();
    const clock = fixedClock('2026-11-23T09:00:00.000Z');
    const http = createGraphHttp(
      {
        getToken: async () => {
          throw new Error('AADSTS7000215: invalid client secret');
        },
      },
      400,
    );
    const worker = new OutboxWorker({
      repository,
      transport: new GraphTransport(http, { baseUrl: graph.baseUrl, mailbox: MAILBOX }, 0),
      clock,
      log: silentLog,
      rate: { messagesPerMinute: 30, recipientsPerDay: 10_000 },
      retry: defaultRetryPolicy,
      random: () => 0.5,
    });
    const [id] = repository.enqueue([draft('a:1')], clock.now()).ids;
    await worker.step();
    expect(repository.get(id!)).toMatchObject({ state: 'queued', checkFirst: false });
    expect(repository.get(id!)!.lastError).toContain('AADSTS7000215');
    expect(graph.requests).toHaveLength(0);
  });

  it('connection refused: not sent, retried later without a check', async () => {
    const { repository } = memoryOutbox();
    const clock = fixedClock('2026-11-23T09:00:00.000Z');
    const closed = await new FakeGraph().start();
    const baseUrl = closed.baseUrl;
    await closed.close();
    const worker = new OutboxWorker({
      repository,
      transport: new GraphTransport(
        createGraphHttp({ getToken: async () => 't' }, 400),
        { baseUrl, mailbox: MAILBOX },
        0,
      ),
      clock,
      log: silentLog,
      rate: { messagesPerMinute: 30, recipientsPerDay: 10_000 },
      retry: defaultRetryPolicy,
    });
    const [id] = repository.enqueue([draft('a:1')], clock.now()).ids;
    await worker.step();
    expect(repository.get(id!)).toMatchObject({ state: 'queued', checkFirst: false });
    expect(repository.get(id!)!.lastError).toContain('ECONNREFUSED');
  });

  it('a 408 is transient although it is a 4xx', async () => {
    const { repository, worker, clock } = setUp();
    const [id] = repository.enqueue([draft('a:1')], clock.now()).ids;
    graph.script('sendMail', { status: 408 });
    await worker.step({ ignoreRate: true });
    expect(repository.get(id!)).toMatchObject({ state: 'queued', checkFirst: false });
  });

  it('keeps to the send rate: the next send waits for its slot (30 a minute: one every 2 s)', async () => {
    const { repository, worker, clock } = setUp();
    repository.enqueue([draft('a:1'), draft('a:2')], clock.now());
    expect(await worker.step()).toBe('processed');
    expect(await worker.step()).toBe('rate-limited');
    clock.advance(1999);
    expect(await worker.step()).toBe('rate-limited');
    clock.advance(1);
    expect(await worker.step()).toBe('processed');
    expect(graph.sentItems).toHaveLength(2);
  });
});
