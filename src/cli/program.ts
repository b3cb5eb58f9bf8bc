import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config';
import { CliError, stdio, type Io } from './cli-context';
import { commands } from './commands';

export function buildProgram(io: Io = stdio): Command {
  const program = new Command('isms-desk')
    .description('ISMS desk: restore-request verification, continuity notices and risk reminders')
    .option('--data <dir>', 'data folder (database, keys, outbox); also DATA_DIR', undefined)
    .option('--db <path>', 'SQLite database file (default: <data>/isms-desk.db); also DB_PATH', undefined)
    .showHelpAfterError()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  for (const register of commands) register(program, io);
  program.commands.forEach((c) => applyExitOverride(c));
  program.exitOverride();
  return program;
}

function applyExitOverride(cmd: Command): void {
  cmd.exitOverride();
  cmd.commands.forEach((c) => applyExitOverride(c));
}

/** Runs the command line; returns the exit code (0 ok, 1 error, 2 usage). */
export async function runCli(argv: string[], io: Io = stdio): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.exitCode === 0
      )
        return 0;
      if (error.code === 'commander.help') return 0;
      return 2;
    }
    if (error instanceof CliError) {
      io.err(`isms-desk: ${error.message}`);
      return error.exitCode;
    }
    if (error instanceof ConfigError) {
      io.err(`isms-desk: ${error.message}`);
      return 1;
    }
    io.err(`isms-desk: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
