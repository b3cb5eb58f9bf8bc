/**
 * `isms-desk outbox`: the BCP §6 record of customer messages (what was sent to whom, when, and
 * what the mail service answered), and retrying failed ones. The running server's worker picks a
 * retried message up at its next poll.
 */
import type { Command } from 'commander';
import { DateTime } from 'luxon';
import { OUTBOX_STATES, type OutboxMessage, type OutboxState } from '../../core/outbox';
import { systemClock } from '../../shared/clock';
import { OutboxRepository } from '../../store/outbox.repository';
import { CliError, configFrom, withDb, type Io } from '../cli-context';

/** Times as the operator reads them: their zone, with the UTC offset. */
const when = (iso: string | null, zone: string) =>
  iso === null
    ? '—'
    : DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone).toFormat("yyyy-MM-dd HH:mm:ss 'UTC'ZZ");

export function registerOutbox(program: Command, io: Io): void {
  const outbox = program
    .command('outbox')
    .description('outgoing customer messages: the record of what was sent to whom, when (BCP §6)');

  outbox
    .command('list')
    .description('list messages with their state, attempts and the last answer of the mail service')
    .option('--json', 'print JSON, including every state change (the full record)')
    .option('--state <state>', `only messages in this state (${OUTBOX_STATES.join(', ')})`)
    .option('--notice <id>', 'only the messages of one notice')
    .action((opts: { json?: boolean; state?: string; notice?: string }, cmd: Command) => {
      if (opts.state !== undefined && !OUTBOX_STATES.includes(opts.state as OutboxState)) {
        throw new CliError(`--state: "${opts.state}" is not one of ${OUTBOX_STATES.join(', ')}`, 2);
      }
      const config = configFrom(cmd);
      withDb(config, (db) => {
        const repository = new OutboxRepository(db);
        const messages = repository.list({
          state: opts.state as OutboxState | undefined,
          noticeId: opts.notice,
        });
        if (opts.json) {
          io.out(
            JSON.stringify(
              messages.map((m) => ({ ...m, events: repository.events(m.id) })),
              null,
              2,
            ),
          );
          return;
        }
        if (messages.length === 0) {
          io.out('no messages');
          return;
        }
        for (const m of messages) io.out(line(m, config.timeZone));
        const c = repository.counts();
        io.out(
          `${messages.length} message(s) · queued ${c.queued} · sending ${c.sending} · sent ${c.sent} · failed ${c.failed}`,
        );
      });
    });

  outbox
    .command('show')
    .description('one message with every state change and the mail service’s answers')
    .argument('<id>', 'message id (from `outbox list`)')
    .action((id: string, _opts: unknown, cmd: Command) => {
      const config = configFrom(cmd);
      withDb(config, (db) => {
        const repository = new OutboxRepository(db);
        const m = repository.get(parseId(id));
        if (!m) throw new CliError(`no message ${id}`);
        io.out(line(m, config.timeZone));
        io.out(`  key ${m.idempotencyKey} · notice ${m.noticeId} · ${m.language}`);
        for (const e of repository.events(m.id)) {
          const answer = e.transportResponse ? ` — ${e.transportResponse}` : '';
          io.out(`  ${when(e.at, config.timeZone)}  ${e.kind.padEnd(15)} ${e.detail}${answer}`);
        }
      });
    });

  outbox
    .command('retry')
    .description('queue failed messages again (one by id, or all failed)')
    .argument('[id]', 'message id')
    .option('--all-failed', 'retry every failed message')
    .action((id: string | undefined, opts: { allFailed?: boolean }, cmd: Command) => {
      if ((id === undefined) === !opts.allFailed)
        throw new CliError('give a message id or --all-failed (not both)', 2);
      withDb(configFrom(cmd), (db) => {
        const repository = new OutboxRepository(db);
        const now = systemClock.now();
        if (opts.allFailed) {
          const ids = repository.retryAllFailed(now, 'the operator (command line)');
          io.out(ids.length === 0 ? 'no failed messages' : `queued again: ${ids.join(', ')}`);
          return;
        }
        const message = repository.get(parseId(id!));
        if (!message) throw new CliError(`no message ${id}`);
        if (!repository.retry(message.id, now, 'the operator (command line)')) {
          throw new CliError(`message ${id} is ${message.state}: only failed messages can be retried`);
        }
        io.out(
          `queued again: ${message.id}${message.checkFirst ? ' (its earlier send is checked first, so it cannot go twice)' : ''}`,
        );
      });
    });
}

function line(m: OutboxMessage, zone: string): string {
  const to = m.to.map((r) => r.address).join(', ');
  const status =
    m.state === 'sent'
      ? `sent (${m.delivery}) ${when(m.sentAt, zone)}`
      : m.state === 'queued'
        ? `queued, next ${when(m.nextAttemptAt, zone)}`
        : m.state;
  const error = m.state !== 'sent' && m.lastError ? `\n      last answer: ${m.lastError}` : '';
  return `#${String(m.id).padEnd(5)} ${status.padEnd(46)} attempts ${m.attempts}  ${m.customerId ?? '—'} → ${to}\n      “${m.subject}”${error}`;
}

function parseId(id: string): number {
  const n = Number(id);
  if (!Number.isInteger(n) || n <= 0) throw new CliError(`"${id}" is not a message id`, 2);
  return n;
}
