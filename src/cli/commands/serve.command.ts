import type { Command } from 'commander';
import { configFrom, CliError, type Io } from '../cli-context';
import { startServer } from '../../server/main';

export function registerServe(program: Command, io: Io): void {
  program
    .command('serve')
    .description('start the server: add-in files and API, bot endpoint, scheduler (also `npm start`)')
    .option('--port <port>', 'port to listen on (also PORT; 0 picks a free one)')
    .option('--no-tls', 'serve plain HTTP (tests, a TLS-terminating proxy)')
    .action(async (opts: { port?: string; tls: boolean }, cmd: Command) => {
      const port = opts.port === undefined ? undefined : Number(opts.port);
      if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
        throw new CliError(`--port: "${opts.port}" is not a port number (0–65535)`, 2);
      }
      const config = configFrom(cmd, { port, ...(opts.tls ? {} : { tls: 'off' as const }) });
      const server = await startServer(config);
      // One write, so that whoever reads the output sees the whole summary at once.
      io.out(server.summary.join('\n'));
      const stop = (signal: string) => {
        io.out(`${signal}: shutting down`);
        server.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
    });
}
