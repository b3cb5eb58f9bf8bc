/** `isms-desk tickets list|export`: the restore tickets from the command line (R-004 evidence). */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { TICKET_STATES, type TicketState } from '../../core/tickets/ticket';
import { systemClock } from '../../shared/clock';
import { TicketService } from '../../store/ticket.service';
import { CliError, configFrom, withDb, type Io } from '../cli-context';

/** Who acts from the command line, for the audit trail. */
export const cliActor = (): string => `${userInfo().username} (command line)`;

export function registerTickets(program: Command, io: Io): void {
  const tickets = program
    .command('tickets')
    .description("restore tickets: the queue and the auditor's export (BCP §5, R-004)");

  tickets
    .command('list')
    .description('list tickets in queue order (urgency, then age; BCP-5.4)')
    .option('--open', 'only tickets waiting for the operator')
    .option('--state <state>', `only this state (${TICKET_STATES.join(', ')})`)
    .option('--json', 'print JSON')
    .action((opts: { open?: boolean; state?: string; json?: boolean }, cmd: Command) => {
      if (opts.state && !TICKET_STATES.includes(opts.state as TicketState)) {
        throw new CliError(`--state: "${opts.state}" is not one of ${TICKET_STATES.join(', ')}`, 2);
      }
      const config = configFrom(cmd);
      const list = withDb(config, (db) =>
        new TicketService({ db, clock: systemClock, newId: randomUUID, timeZone: config.timeZone }).list({
          open: opts.open,
          state: opts.state as TicketState | undefined,
        }),
      );
      if (opts.json) {
        io.out(JSON.stringify(list, null, 2));
        return;
      }
      if (list.length === 0) io.out(opts.open ? 'the queue is empty' : 'no tickets');
      for (const t of list) {
        const flag = t.responseBreached ? '  RESPONSE WINDOW MISSED (BCP-5.4)' : '';
        io.out(
          `${t.number.padEnd(14)} ${t.state.padEnd(12)} ${t.urgency.padEnd(7)} ${t.verdict.padEnd(18)} ${(t.customerName ?? '—').padEnd(28)} ${t.requester.address}${flag}`,
        );
      }
    });

  tickets
    .command('export')
    .description(
      'export every ticket with its time to restore (R-004) — the export is recorded in the audit trail',
    )
    .option('--format <format>', 'csv or md', 'csv')
    .option('--out <file>', 'write to a file instead of standard output')
    .action((opts: { format: string; out?: string }, cmd: Command) => {
      if (opts.format !== 'csv' && opts.format !== 'md')
        throw new CliError(`--format: "${opts.format}" is not csv or md`, 2);
      const format = opts.format;
      const config = configFrom(cmd);
      const text = withDb(config, (db) =>
        new TicketService({ db, clock: systemClock, newId: randomUUID, timeZone: config.timeZone }).export(
          format,
          cliActor(),
        ),
      );
      if (opts.out) {
        writeFileSync(opts.out, text);
        io.out(`wrote ${opts.out}`);
      } else io.out(text.replace(/\r?\n$/, ''));
    });
}
