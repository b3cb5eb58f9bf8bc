import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { exportRegister } from '../../core/risks/register-markdown';
import { formatProblem } from '../../core/shared/file-problem';
import { randomUUID } from 'node:crypto';
import { importRiskRegisterAudited, recordRiskExport } from '../../store/audited-imports';
import { RiskRepository } from '../../store/risk.repository';
import { systemClock } from '../../shared/clock';
import { CliError, configFrom, withDb, type Io } from '../cli-context';
import { cliActor } from './tickets.command';

export function registerRisks(program: Command, io: Io): void {
  const risks = program.command('risks').description('the risk register (ISMS-RISK-001)');

  risks
    .command('import')
    .description('import the risk register from its Markdown document')
    .argument('<file>', 'the register, e.g. examples/risk-register.md')
    .action((file: string, _opts: unknown, cmd: Command) => {
      const config = configFrom(cmd);
      const outcome = withDb(config, (db) =>
        importRiskRegisterAudited(db, file, cliActor(), systemClock.now(), randomUUID),
      );
      outcome.problems.forEach((p) => io.err(formatProblem(p)));
      if (!outcome.ok || !outcome.summary)
        throw new CliError('import refused: fix the errors above; nothing was imported');
      io.out(`imported ${outcome.summary.imported} risk(s) into ${config.dbPath}`);
      if (outcome.summary.keptAsClosed.length) {
        io.out(
          `kept as closed (no longer in the document; RISK-4): ${outcome.summary.keptAsClosed.join(', ')}`,
        );
      }
    });

  risks
    .command('list')
    .description('list the risks in the store, highest score first')
    .option('--json', 'print JSON')
    .action((opts: { json?: boolean }, cmd: Command) => {
      const list = withDb(configFrom(cmd), (db) => new RiskRepository(db).all());
      if (opts.json) {
        io.out(JSON.stringify(list, null, 2));
        return;
      }
      const sorted = [...list].sort((a, b) =>
        a.section === b.section ? b.score - a.score : a.section === 'open' ? -1 : 1,
      );
      for (const r of sorted) {
        io.out(
          `${r.id}  ${String(r.score).padStart(2)} (L${r.likelihood}×I${r.impact})  ${r.section === 'closed' ? '[closed] ' : ''}${r.title}`,
        );
        io.out(`        owner ${r.owner} · target ${r.target} · ${r.status}`);
      }
      io.out(`${list.length} risk(s)`);
    });

  risks
    .command('export')
    .description(
      'write the register back as Markdown (the document as imported, with the rows from the store)',
    )
    .option('-o, --out <file>', 'write to a file instead of standard output')
    .action((opts: { out?: string }, cmd: Command) => {
      const markdown = withDb(configFrom(cmd), (db) => {
        const repo = new RiskRepository(db);
        const document = repo.document();
        if (document === undefined)
          throw new CliError('no register imported yet: run `isms-desk risks import FILE.md` first');
        const risks = repo.all();
        recordRiskExport(
          db,
          opts.out ?? 'standard output',
          risks.length,
          cliActor(),
          systemClock.now(),
          randomUUID,
        );
        return exportRegister(document, risks);
      });
      if (opts.out) {
        writeFileSync(opts.out, markdown);
        io.out(`wrote ${opts.out}`);
      } else io.out(markdown.replace(/\n$/, ''));
    });
}
