/** What every command gets: the resolved configuration, the store, output streams. */
import type { Command } from 'commander';
import { loadConfig, type Config, type ConfigOverrides } from '../config';
import { openDatabase, type Db } from '../store/database';

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface GlobalOptions {
  data?: string;
  db?: string;
  port?: string;
}

/** Reads `--data`/`--db` from the root program: the command line and a running server share one store. */
export function configFrom(cmd: Command, extra: ConfigOverrides = {}): Config {
  const opts = cmd.optsWithGlobals<GlobalOptions>();
  return loadConfig(process.env, { dataDir: opts.data, dbPath: opts.db, ...extra });
}

export function withDb<T>(config: Config, fn: (db: Db) => T): T {
  const db = openDatabase(config.dbPath);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

export const stdio: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};
