/** The OutboxPort the bot's flows use: queue durably (one transaction), then wake the worker. */
import type { Clock } from '../shared/clock';
import type { OutboxRepository } from '../store/outbox.repository';
import type { EnqueueResult, NewOutboxMessage, OutboxPort } from './mail.port';

export class OutboxService implements OutboxPort {
  constructor(
    private readonly repository: OutboxRepository,
    private readonly clock: Clock,
    private readonly wake: () => void = () => undefined,
  ) {}

  /** Throws OutboxValidationError (nothing queued) when a message has no or too many recipients. */
  enqueue(messages: NewOutboxMessage[]): EnqueueResult {
    const { queued, duplicates } = this.repository.enqueue(messages, this.clock.now());
    if (queued > 0) this.wake();
    return { queued, duplicates };
  }
}
