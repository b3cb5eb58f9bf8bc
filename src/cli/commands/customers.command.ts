import type { Command } from 'commander';
import { authorisedContacts } from '../../core/customers/customer';
import { formatProblem } from '../../core/shared/file-problem';
import { readCustomerFolder } from '../../store/customer-folder';
import { CustomerRepository } from '../../store/customer.repository';
import { randomUUID } from 'node:crypto';
import { importCustomersAudited } from '../../store/audited-imports';
import { systemClock } from '../../shared/clock';
import { CliError, configFrom, withDb, type Io } from '../cli-context';
import { cliActor } from './tickets.command';

export function registerCustomers(program: Command, io: Io): void {
  const customers = program
    .command('customers')
    .description('the customers and their authorised-contact lists (R-014)');

  customers
    .command('check')
    .description('validate a folder of customer YAML files without importing (exit 1 on errors)')
    .argument('[dir]', 'folder of customer .yaml files (default: CUSTOMERS_DIR or examples/customers)')
    .option('--json', 'print the problems as JSON')
    .action((dir: string | undefined, opts: { json?: boolean }, cmd: Command) => {
      const folder = readCustomerFolder(dir ?? configFrom(cmd).customersDir);
      if (opts.json)
        io.out(
          JSON.stringify(
            { ok: folder.ok, customers: folder.customers.length, problems: folder.problems },
            null,
            2,
          ),
        );
      else {
        folder.problems.forEach((p) =>
          p.severity === 'error' ? io.err(formatProblem(p)) : io.out(formatProblem(p)),
        );
        io.out(
          `${folder.files.length} file(s), ${folder.errors.length} error(s), ${folder.warnings.length} warning(s)`,
        );
      }
      if (!folder.ok) throw new CliError('the customer files have errors: nothing would be imported');
    });

  customers
    .command('import')
    .description('import a folder of customer YAML files into the store (all or nothing)')
    .argument('[dir]', 'folder of customer .yaml files (default: CUSTOMERS_DIR or examples/customers)')
    .action((dir: string | undefined, _opts: unknown, cmd: Command) => {
      const config = configFrom(cmd);
      const outcome = withDb(config, (db) =>
        importCustomersAudited(db, dir ?? config.customersDir, cliActor(), systemClock.now(), randomUUID),
      );
      outcome.problems.forEach((p) =>
        p.severity === 'error' ? io.err(formatProblem(p)) : io.out(formatProblem(p)),
      );
      if (!outcome.ok || !outcome.summary)
        throw new CliError('import refused: fix the errors above; nothing was imported');
      const s = outcome.summary;
      io.out(
        `imported into ${config.dbPath}: ${s.added.length} added, ${s.updated.length} updated, ${s.unchanged.length} unchanged, ${s.removed.length} removed`,
      );
    });

  customers
    .command('list')
    .description('list the customers in the store')
    .option('--json', 'print JSON')
    .action((opts: { json?: boolean }, cmd: Command) => {
      const list = withDb(configFrom(cmd), (db) => new CustomerRepository(db).all());
      if (opts.json) {
        io.out(JSON.stringify(list, null, 2));
        return;
      }
      for (const c of list) {
        const authorised = authorisedContacts(c);
        io.out(`${c.id.padEnd(16)} ${c.name}`);
        io.out(
          `${''.padEnd(16)} domains ${c.domains.join(', ')} · contract ${c.contractPhone} · ${c.language}${c.responseHours ? ` · respond within ${c.responseHours} h` : ''}`,
        );
        io.out(
          `${''.padEnd(16)} ${authorised.length ? `authorised: ${authorised.map((a) => `${a.name} <${a.email}>`).join(', ')}` : 'NO documented authorised-contact list (R-014): call back the contract number'}`,
        );
      }
      io.out(`${list.length} customer(s)`);
    });
}
