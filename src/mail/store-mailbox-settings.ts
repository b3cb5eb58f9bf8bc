/**
 * The local default for automatic replies: there is no mailbox, so the store keeps the setting
 * and every change is logged and appended to `<data>/automatic-replies.log` (one JSON line each).
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ReplyPlan, ReplyReadBack } from '../core/outbox';
import type { Logger } from '../shared/logger';
import type { MailboxSettingsRepository } from '../store/mailbox-settings.repository';
import type { GatewayResult, MailboxSettingsGateway } from './automatic-replies';

export class StoreMailboxSettings implements MailboxSettingsGateway {
  readonly name = 'store' as const;

  constructor(
    private readonly repository: MailboxSettingsRepository,
    private readonly logFile: string,
    private readonly log: Logger,
  ) {}

  async apply(plan: ReplyPlan, timeZone: string, now: Date): Promise<GatewayResult<void>> {
    const entry = {
      at: now.toISOString(),
      status: plan.status,
      start: plan.start,
      end: plan.end,
      timeZone,
      clearAt: plan.clearAt,
      internalMessage: plan.internalMessage,
      externalMessage: plan.externalMessage,
    };
    try {
      mkdirSync(dirname(this.logFile), { recursive: true });
      appendFileSync(this.logFile, `${JSON.stringify(entry)}\n`, 'utf8');
    } catch (error) {
      return {
        ok: false,
        detail: `cannot append to ${this.logFile}: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    this.repository.save(plan, timeZone, now);
    this.log.info(
      { status: plan.status, start: plan.start, end: plan.end, logFile: this.logFile },
      'automatic reply changed (local store)',
    );
    return { ok: true, value: undefined };
  }

  async readBack(): Promise<GatewayResult<ReplyReadBack>> {
    const s = this.repository.current();
    return {
      ok: true,
      value: {
        status: s?.status ?? 'disabled',
        start: s?.start ?? null,
        end: s?.end ?? null,
        externalAudience: s && s.status !== 'disabled' ? 'all' : null,
      },
    };
  }
}
