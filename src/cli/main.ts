import { runCli } from './program';

// `isms-desk risks list | head`: a closed pipe is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

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
