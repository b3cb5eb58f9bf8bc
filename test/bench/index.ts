/** Every benchmark registers here; `npm run bench` runs them in order and prints figures. */
import { apiBenchmark } from './api.bench';
import { addinBenchmark } from './addin.bench';
import { botBenchmark } from './bot.bench';
import { outboxBenchmark } from './outbox.bench';
import { verificationBenchmark } from './verification.bench';
export interface Benchmark {
  name: string;
  run(print: (line: string) => void): Promise<void>;
}

export const benchmarks: Benchmark[] = [botBenchmark, outboxBenchmark, addinBenchmark, apiBenchmark, verificationBenchmark];
