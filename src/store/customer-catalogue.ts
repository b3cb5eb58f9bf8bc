/**
 * The customers and the verification directory built from them, rebuilt only when the customers
 * in the store change (a cheap stamp query per use), not per request. The stamp lives in the store,
 * so a re-import by the CLI or another instance is picked up too (DESIGN.md: nothing kept only in
 * process memory).
 */
import { buildCustomerDirectory, type CustomerDirectory } from '../core/customers/customer-directory';
import type { Customer } from '../core/customers/customer';
import { CustomerRepository } from './customer.repository';
import type { Db } from './database';

export interface CustomerSnapshot {
  customers: Customer[];
  byId: ReadonlyMap<string, Customer>;
  directory: CustomerDirectory;
}

export class CustomerCatalogue {
  private readonly stampQuery;
  private readonly repository: CustomerRepository;
  private cached: { stamp: string; snapshot: CustomerSnapshot } | undefined;

  constructor(db: Db) {
    this.repository = new CustomerRepository(db);
    this.stampQuery = db.prepare(
      `SELECT (SELECT count(*) FROM customers) || '|' || (SELECT coalesce(max(imported_at), '') FROM customers)
        || '|' || (SELECT count(*) FROM contacts) || '|' || (SELECT count(*) FROM customer_domains) AS stamp`,
    );
  }

  current(): CustomerSnapshot {
    const stamp = (this.stampQuery.get() as { stamp: string }).stamp;
    if (this.cached?.stamp !== stamp) {
      const customers = this.repository.all();
      this.cached = {
        stamp,
        snapshot: {
          customers,
          byId: new Map(customers.map((c) => [c.id, c])),
          directory: buildCustomerDirectory(customers),
        },
      };
    }
    return this.cached.snapshot;
  }

  byId(id: string): Customer | undefined {
    return this.current().byId.get(id);
  }
}
