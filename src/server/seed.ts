import type { Config } from '../config';
import type { Db } from '../store/database';

/** The embedded default: an empty store is seeded from examples/ (customers, risk register). */
export function seedFromExamples(_db: Db, _config: Config, _now: Date): string[] {
  return [];
}
