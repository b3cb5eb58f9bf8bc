/**
 * The operator's automatic reply (BCP-5.3), behind the AutomaticReplyPort: plan it (core), apply
 * it through a gateway (Graph mailboxSettings, or the store for the local default), read it back
 * and report whether it took effect, and record every change. A reply switched on for an absence
 * that had already begun is switched off at the return by `clearIfDue`, run by the mail runtime.
 */
import {
  confirmReadBack,
  disabledPlan,
  planAutomaticReply,
  type ReplyPlan,
  type ReplyReadBack,
} from '../core/outbox';
import type { Clock } from '../shared/clock';
import type { Logger } from '../shared/logger';
import type { MailboxSettingsRepository } from '../store/mailbox-settings.repository';
import type { AutomaticReplyOutcome, AutomaticReplyPort, AutomaticReplyRequest } from './mail.port';

export type GatewayResult<T> = { ok: true; value: T } | { ok: false; detail: string };

export interface MailboxSettingsGateway {
  readonly name: 'graph' | 'store';
  apply(plan: ReplyPlan, timeZone: string, now: Date): Promise<GatewayResult<void>>;
  readBack(): Promise<GatewayResult<ReplyReadBack>>;
}

export class AutomaticReplies implements AutomaticReplyPort {
  constructor(
    private readonly gateway: MailboxSettingsGateway,
    private readonly repository: MailboxSettingsRepository,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly timeZone: string,
  ) {}

  async set(request: AutomaticReplyRequest): Promise<AutomaticReplyOutcome> {
    const now = this.clock.now();
    const planned = planAutomaticReply(request, now);
    if (!planned.ok) {
      const current = this.repository.current()?.status ?? 'disabled';
      return {
        status: current,
        confirmed: false,
        detail: `not changed: ${planned.message}`,
        problem: { code: planned.code, message: planned.message },
      };
    }
    return this.change('set', planned.plan, request.timeZone);
  }

  async clear(): Promise<AutomaticReplyOutcome> {
    return this.change('clear', disabledPlan, this.timeZone);
  }

  /** BCP-5.3: an absence that had begun got `alwaysEnabled`; at the return our job switches it off. */
  async clearIfDue(): Promise<AutomaticReplyOutcome | undefined> {
    const due = this.repository.clearDue(this.clock.now());
    if (!due) return undefined;
    return this.change('clear-at-return', disabledPlan, due.timeZone ?? this.timeZone);
  }

  private async change(
    action: 'set' | 'clear' | 'clear-at-return',
    plan: ReplyPlan,
    timeZone: string,
  ): Promise<AutomaticReplyOutcome> {
    const applied = await this.gateway.apply(plan, timeZone, this.clock.now());
    let outcome: AutomaticReplyOutcome;
    if (!applied.ok) {
      outcome = {
        status: plan.status,
        confirmed: false,
        detail: `the mailbox did not take the change: ${applied.detail}`,
      };
    } else {
      const read = await this.gateway.readBack();
      outcome = read.ok
        ? { status: plan.status, ...confirmReadBack(plan, read.value) }
        : {
            status: plan.status,
            confirmed: false,
            detail: `changed, but reading it back failed: ${read.detail}`,
          };
      // Keep what was asked for (and when to switch it off) even if unconfirmed: the job retries.
      this.repository.save(plan, timeZone, this.clock.now());
    }
    this.repository.recordEvent(
      { action, status: plan.status, confirmed: outcome.confirmed, detail: outcome.detail },
      this.clock.now(),
    );
    const fields = { action, status: plan.status, confirmed: outcome.confirmed, via: this.gateway.name };
    if (outcome.confirmed) this.log.info(fields, `automatic reply: ${outcome.detail}`);
    else this.log.warn(fields, `automatic reply: ${outcome.detail}`);
    return outcome;
  }
}
