/** `npm run bench`: prints figures; never asserts timings (tests do not time things). */
import { benchmarks } from './index';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  for (const b of benchmarks) {
    if (only.length > 0 && !only.some((o) => b.name.includes(o))) continue;
    console.log(`\n== ${b.name}`);
    await b.run((line) => console.log(`   ${line}`));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
