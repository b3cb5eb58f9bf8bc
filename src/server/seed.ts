/**
 * The embedded default: an empty store is seeded from examples/ (or CUSTOMERS_DIR / RISK_REGISTER)
 * on start, so `npm start` works with nothing to set up. A store that has data is left alone.
 */
import { existsSync } from 'node:fs';
import type { Config } from '../config';
import { formatProblem } from '../core/shared/file-problem';
import { CustomerRepository } from '../store/customer.repository';
import type { Db } from '../store/database';
import { importCustomerFolder, importRiskRegisterFile } from '../store/imports';
import { RiskRepository } from '../store/risk.repository';

export function seedFromExamples(db: Db, config: Config, now: Date): string[] {
  const lines: string[] = [];
  if (new CustomerRepository(db).count() === 0 && existsSync(config.customersDir)) {
    const outcome = importCustomerFolder(db, config.customersDir, now);
    if (!outcome.ok)
      throw new Error(
        `cannot seed customers from ${config.customersDir}:\n${outcome.problems.map(formatProblem).join('\n')}`,
      );
    lines.push(`${outcome.summary!.added.length} customers from ${config.customersDir}`);
  }
  if (new RiskRepository(db).count() === 0 && existsSync(config.riskRegisterFile)) {
    const outcome = importRiskRegisterFile(db, config.riskRegisterFile, now);
    if (!outcome.ok)
      throw new Error(
        `cannot seed the risk register from ${config.riskRegisterFile}:\n${outcome.problems.map(formatProblem).join('\n')}`,
      );
    lines.push(`${outcome.summary!.imported} risks from ${config.riskRegisterFile}`);
  }
  return lines;
}
