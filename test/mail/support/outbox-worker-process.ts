/**
 * A worker process for the crash test: the real composition of outgoing mail (MSAL token
 * provider, Graph transport, SQLite outbox, worker) configured from the environment like the
 * server. The test SIGKILLs it mid-drain and starts it again. Argument: JSON MailRuntimeOptions.
 */
import { loadConfig } from '../../../src/config';
import { createMailRuntime, type MailRuntimeOptions } from '../../../src/mail/mail-runtime';
import { systemClock } from '../../../src/shared/clock';
import { createLogger } from '../../../src/shared/logger';
import { openDatabase } from '../../../src/store/database';

const options = JSON.parse(process.argv[2] ?? '{}') as MailRuntimeOptions;
const config = loadConfig();
const db = openDatabase(config.dbPath);
const runtime = createMailRuntime(config, db, systemClock, createLogger('warn'), options);
runtime.start();
process.stdout.write('worker started\n');
process.once('SIGTERM', () => {
  void runtime.stop().then(() => {
    db.close();
    process.exit(0);
  });
});
