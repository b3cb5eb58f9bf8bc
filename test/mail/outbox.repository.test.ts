import { decideAfterSend, defaultRetryPolicy } from '../../src/core/outbox';
import { OutboxValidationError } from '../../src/store/outbox.repository';
import { draft, memoryOutbox } from './support/outbox-fixtures';

const t0 = new Date('2026-11-23T09:00:00.000Z');

describe('the durable outbox (SQLite)', () => {
  it('BCP-6.1 queues a notice to N customers as N messages, each with its own key, in one transaction', () => {
    const { repository } = memoryOutbox();
    const result = repository.enqueue(
      [draft('absence:1:acme'), draft('absence:1:globex'), draft('absence:1:initech')],
      t0,
    );
    expect(result).toMatchObject({ queued: 3, duplicates: 0 });
    expect(repository.list().map((m) => [m.idempotencyKey, m.state])).toEqual([
      ['absence:1:acme', 'queued'],
      ['absence:1:globex', 'queued'],
      ['absence:1:initech', 'queued'],
    ]);
  });

  it('is idempotent on the key: queuing the same notice again adds nothing', () => {
    const { repository } = memoryOutbox();
    repository.enqueue([draft('absence:1:acme')], t0);
    expect(repository.enqueue([draft('absence:1:acme'), draft('absence:1:globex')], t0)).toMatchObject({
      queued: 1,
      duplicates: 1,
    });
    expect(repository.list()).toHaveLength(2);
  });

  it('queues nothing when one message of the batch is invalid', () => {
    const { repository } = memoryOutbox();
    expect(() => repository.enqueue([draft('a:1'), draft('a:2', { to: [] })], t0)).toThrow(
      OutboxValidationError,
    );
    expect(repository.list()).toHaveLength(0);
  });

  it('claims a message into sending and records the attempt before anything is sent', () => {
    const { repository } = memoryOutbox();
    const [id] = repository.enqueue([draft('a:1')], t0).ids;
    const claim = repository.claimNext(t0, 60_000)!;
    expect(claim.action).toBe('send');
    expect(repository.get(id!)).toMatchObject({ state: 'sending', attempts: 1 });
    expect(repository.events(id!).map((e) => e.kind)).toEqual(['queued', 'claim-send']);
    // A second claim finds nothing: the message is taken.
    expect(repository.claimNext(t0, 60_000)).toBeUndefined();
  });

  it('BCP-6.1 keeps every state change with its time and the transport response (what was sent to whom, when)', () => {
    const { repository } = memoryOutbox();
    const [id] = repository.enqueue([draft('a:1')], t0).ids;
    const claim = repository.claimNext(t0, 60_000)!;
    const sentAt = new Date(t0.getTime() + 500);
    const decision = decideAfterSend(
      claim.message,
      { kind: 'sent', delivery: 'accepted', status: 202, response: 'HTTP 202 accepted (request-id r1)' },
      t0,
      sentAt,
      0.5,
      defaultRetryPolicy,
    );
    expect(repository.record(claim, decision, sentAt)).toBe(true);
    expect(repository.get(id!)).toMatchObject({
      state: 'sent',
      delivery: 'accepted',
      sentAt: sentAt.toISOString(),
    });
    const last = repository.events(id!).at(-1)!;
    expect(last).toMatchObject({
      kind: 'sent',
      state: 'sent',
      at: sentAt.toISOString(),
      transportStatus: 202,
      transportResponse: 'HTTP 202 accepted (request-id r1)',
    });
  });

  it('a message interrupted in sending goes back to the queue marked "check first", never "send again"', () => {
    const { repository } = memoryOutbox();
    const [id] = repository.enqueue([draft('a:1')], t0).ids;
    repository.claimNext(t0, 60_000);
    expect(repository.recoverInterrupted(new Date(t0.getTime() + 1000), 'all')).toBe(1);
    expect(repository.get(id!)).toMatchObject({
      state: 'queued',
      checkFirst: true,
      unknownSince: t0.toISOString(),
    });
    expect(repository.claimNext(new Date(t0.getTime() + 1000), 60_000)!.action).toBe('check');
  });

  it('recovers only claims whose lease expired when not at start-up', () => {
    const { repository } = memoryOutbox();
    repository.enqueue([draft('a:1')], t0);
    repository.claimNext(t0, 60_000);
    expect(repository.recoverInterrupted(new Date(t0.getTime() + 30_000), 'lease-expired')).toBe(0);
    expect(repository.recoverInterrupted(new Date(t0.getTime() + 61_000), 'lease-expired')).toBe(1);
  });

  it('a late result of a claim that was taken over is not recorded', () => {
    const { repository } = memoryOutbox();
    const [id] = repository.enqueue([draft('a:1')], t0).ids;
    const claim = repository.claimNext(t0, 1000)!;
    repository.recoverInterrupted(new Date(t0.getTime() + 2000), 'lease-expired');
    const decision = decideAfterSend(
      claim.message,
      { kind: 'permanent', status: 400, response: 'x' },
      t0,
      t0,
      0.5,
      defaultRetryPolicy,
    );
    expect(repository.record(claim, decision, t0)).toBe(false);
    expect(repository.get(id!)!.state).toBe('queued');
  });

  it('retrying a failed message requeues it and keeps "check first" if its outcome was unknown', () => {
    const { repository } = memoryOutbox();
    const [id] = repository.enqueue([draft('a:1')], t0).ids;
    const claim = repository.claimNext(t0, 60_000)!;
    repository.record(
      claim,
      decideAfterSend(
        claim.message,
        { kind: 'permanent', status: 400, response: 'bad' },
        t0,
        t0,
        0.5,
        defaultRetryPolicy,
      ),
      t0,
    );
    expect(repository.get(id!)).toMatchObject({ state: 'failed' });
    expect(repository.retryAllFailed(t0, 'operator')).toEqual([id]);
    expect(repository.get(id!)).toMatchObject({ state: 'queued', attempts: 0, checkFirst: false });
    expect(repository.retry(id!, t0, 'operator')).toBe(false);
  });
});
