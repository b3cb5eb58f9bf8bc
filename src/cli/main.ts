import { runCli } from './program';

runCli(process.argv.slice(2)).then(
  (code) => {
    // `serve` keeps running: its own signal handlers end the process.
    if (code !== 0) process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`isms-desk: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
