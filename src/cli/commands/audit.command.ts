/** `isms-desk audit verify|list`: the hash-chained audit trail. */
import type { Command } from 'commander';
import { AuditRepository } from '../../store/audit.repository';
import { CliError, configFrom, withDb, type Io } from '../cli-context';

export function registerAudit(program: Command, io: Io): void {
  const audit = program.command('audit').description('the append-only, hash-chained audit trail (R-001)');

  audit
    .command('verify')
    .description('check the hash chain; names the first broken event (exit 1)')
    .action((_opts: unknown, cmd: Command) => {
      const config = configFrom(cmd);
      const outcome = withDb(config, (db) => {
        const repo = new AuditRepository(db);
        const check = repo.verify();
        const broken = check.ok ? undefined : [...repo.events()].find((e) => e.seq === check.firstBroken.seq);
        return { check, broken };
      });
      const { check, broken } = outcome;
      if (check.ok) {
        io.out(`audit trail intact: ${check.count} events, last hash ${check.lastHash}`);
        return;
      }
      const what = broken ? ` (${broken.type}, ${broken.at}, by ${broken.actor})` : '';
      io.err(`first broken event: #${check.firstBroken.seq} ${check.firstBroken.id}${what}`);
      io.err(`  ${check.reason.message}`);
      io.err(`  ${check.count} events before it are intact`);
      throw new CliError('the audit trail has been altered');
    });

  audit
    .command('list')
    .description('print the audit events in order')
    .option('--json', 'print JSON')
    .option('--subject <id>', 'only events about this ticket (id)')
    .action((opts: { json?: boolean; subject?: string }, cmd: Command) => {
      const events = withDb(configFrom(cmd), (db) => {
        const repo = new AuditRepository(db);
        return opts.subject ? repo.forSubject(opts.subject) : [...repo.events()];
      });
      if (opts.json) {
        io.out(JSON.stringify(events, null, 2));
        return;
      }
      for (const e of events)
        io.out(`#${e.seq} ${e.at} ${e.type.padEnd(38)} ${e.actor}  ${JSON.stringify(e.payload)}`);
    });
}
