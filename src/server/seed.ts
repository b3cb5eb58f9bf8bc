/**
 * The embedded default: an empty store is seeded from examples/ (or CUSTOMERS_DIR / RISK_REGISTER)
 * on start, so `npm start` works with nothing to set up. A store that has data is left alone.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Config } from '../config';
import { formatProblem } from '../core/shared/file-problem';
import { CustomerRepository } from '../store/customer.repository';
import type { Db } from '../store/database';
import { importCustomersAudited, importRiskRegisterAudited } from '../store/audited-imports';
import { RiskRepository } from '../store/risk.repository';

/** the seeding is recorded in the audit trail like any import. */
const SEED_ACTOR = 'isms-desk (seeded on first start)';

export function seedFromExamples(db: Db, config: Config, now: Date): string[] {
  const lines: string[] = [];
  if (new CustomerRepository(db).count() === 0 && existsSync(config.customersDir)) {
    const outcome = importCustomersAudited(db, config.customersDir, SEED_ACTOR, now, randomUUID);
    if (!outcome.ok)
      throw new Error(
        `cannot seed customers from ${config.customersDir}:\n${outcome.problems.map(formatProblem).join('\n')}`,
      );
    lines.push(`${outcome.summary!.added.length} customers from ${config.customersDir}`);
  }
  if (new RiskRepository(db).count() === 0 && existsSync(config.riskRegisterFile)) {
    const outcome = importRiskRegisterAudited(db, config.riskRegisterFile, SEED_ACTOR, now, randomUUID);
    if (!outcome.ok)
      throw new Error(
        `cannot seed the risk register from ${config.riskRegisterFile}:\n${outcome.problems.map(formatProblem).join('\n')}`,
      );
    lines.push(`${outcome.summary!.imported} risks from ${config.riskRegisterFile}`);
  }
  return lines;
}
