/** Every benchmark registers here; `npm run bench` runs them in order and prints figures. */
import { addinBenchmark } from './addin.bench';
import { apiBenchmark } from './api.bench';
import { botBenchmark } from './bot.bench';
import { verificationBenchmark } from './verification.bench';
import { outboxBenchmark } from './outbox.bench';
export interface Benchmark {
  name: string;
  run(print: (line: string) => void): Promise<void>;
}

export const benchmarks: Benchmark[] = [
  verificationBenchmark,
  apiBenchmark,
  outboxBenchmark,
  botBenchmark,
  addinBenchmark,
];
