/**
 * Outgoing mail as the composition root wires it: the configured transport (Graph or .eml files),
 * the durable outbox and its worker, automatic replies and the job that switches an
 * `alwaysEnabled` reply off at the return. `start()` on server start, `stop()` on close.
 */
import { join } from 'node:path';
import type { Config } from '../config';
import { defaultRetryPolicy, defaultSendRate, type RetryPolicy, type SendRatePolicy } from '../core/outbox';
import type { Clock } from '../shared/clock';
import type { Logger } from '../shared/logger';
import type { Db } from '../store/database';
import { MailboxSettingsRepository } from '../store/mailbox-settings.repository';
import { OutboxRepository } from '../store/outbox.repository';
import { AutomaticReplies, type MailboxSettingsGateway } from './automatic-replies';
import { FileTransport } from './file.transport';
import { GraphMailboxSettings } from './graph-mailbox-settings';
import { createGraphHttp } from './graph-http';
import { GraphTransport } from './graph.transport';
import type { MailTransport } from './mail-transport.port';
import type { AutomaticReplyPort, OutboxPort } from './mail.port';
import { OutboxService } from './outbox.service';
import { OutboxWorker } from './outbox-worker';
import { MsalTokenProvider, type TokenProvider } from './token-provider';
import { StoreMailboxSettings } from './store-mailbox-settings';

export interface MailRuntime {
  outbox: OutboxPort;
  automaticReplies: AutomaticReplyPort;
  transportName: 'graph' | 'file';
  worker: OutboxWorker;
  start(): void;
  stop(): Promise<void>;
}

export interface MailRuntimeOptions {
  /** Replaces MSAL (tests point it at a fake token endpoint). */
  tokens?: TokenProvider;
  retry?: Partial<RetryPolicy>;
  /** Replaces the configured rate (the benchmark drains a fake Graph fast; config caps Graph at 30/min). */
  rate?: SendRatePolicy;
  requestTimeoutMs?: number;
  /** Graph: how long before a "not in Sent Items" answer is trusted after an unknown outcome. */
  checkGraceMs?: number;
  concurrency?: number;
  leaseMs?: number;
  pollMs?: number;
  /** How often the return job looks for an automatic reply to switch off. */
  replyJobMs?: number;
}

export function createMailRuntime(
  config: Config,
  db: Db,
  clock: Clock,
  log: Logger,
  options: MailRuntimeOptions = {},
): MailRuntime {
  const repository = new OutboxRepository(db);
  const settings = new MailboxSettingsRepository(db);
  let transport: MailTransport;
  let gateway: MailboxSettingsGateway;
  if (config.mail.transport === 'graph') {
    const m = config.mail;
    const tokens = options.tokens ?? new MsalTokenProvider(m);
    const http = createGraphHttp(tokens, options.requestTimeoutMs ?? 30_000);
    const target = { baseUrl: m.baseUrl, mailbox: m.mailbox };
    transport = new GraphTransport(http, target, options.checkGraceMs);
    gateway = new GraphMailboxSettings(http, target);
  } else {
    transport = new FileTransport(config.mail.outboxDir, { address: config.mail.mailbox });
    gateway = new StoreMailboxSettings(settings, join(config.dataDir, 'automatic-replies.log'), log);
  }
  const worker = new OutboxWorker({
    repository,
    transport,
    clock,
    log,
    rate: options.rate ?? defaultSendRate(config.mail.ratePerMinute),
    retry: { ...defaultRetryPolicy, ...options.retry },
    concurrency: options.concurrency ?? 1,
    leaseMs: options.leaseMs,
    pollMs: options.pollMs,
  });
  const automaticReplies = new AutomaticReplies(gateway, settings, clock, log, config.timeZone);
  let replyJob: NodeJS.Timeout | undefined;
  let replyJobRunning: Promise<unknown> = Promise.resolve();
  return {
    outbox: new OutboxService(repository, clock, () => worker.wake()),
    automaticReplies,
    transportName: transport.name,
    worker,
    start() {
      worker.start();
      const tick = () => {
        replyJobRunning = automaticReplies
          .clearIfDue()
          .catch((error: unknown) =>
            log.error({ err: error }, 'automatic reply: switching off at the return failed'),
          );
      };
      tick();
      replyJob = setInterval(tick, options.replyJobMs ?? 60_000);
      replyJob.unref();
    },
    async stop() {
      if (replyJob) clearInterval(replyJob);
      await Promise.all([worker.stop(), replyJobRunning]);
    },
  };
}
