import type { Config } from '../config';
import type { Clock } from '../shared/clock';
import type { Logger } from '../shared/logger';
import type { Db } from '../store/database';

/** What the composition root hands to the HTTP layer. */
export interface ServerDeps {
  config: Config;
  db: Db;
  clock: Clock;
  log: Logger;
}
