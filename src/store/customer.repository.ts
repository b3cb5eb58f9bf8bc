/** Customers and their contacts in SQLite. */
import type { Customer } from '../core/customers/customer';
import type { Db } from './database';

interface CustomerRow {
  id: string;
  name: string;
  contract_phone: string;
  response_hours: number | null;
  language: 'de' | 'en';
  notes: string | null;
}
interface DomainRow {
  customer_id: string;
  domain: string;
}
interface ContactRow {
  customer_id: string;
  name: string;
  email: string;
  phone: string | null;
  role: string | null;
  restore: number;
}

export interface ImportSummary {
  added: string[];
  updated: string[];
  unchanged: string[];
  removed: string[];
}

export class CustomerRepository {
  constructor(private readonly db: Db) {}

  all(): Customer[] {
    const rows = this.db.prepare('SELECT * FROM customers ORDER BY id').all() as CustomerRow[];
    const domains = this.db
      .prepare('SELECT customer_id, domain FROM customer_domains ORDER BY customer_id, position')
      .all() as DomainRow[];
    const contacts = this.db
      .prepare('SELECT * FROM contacts ORDER BY customer_id, position')
      .all() as ContactRow[];
    return rows.map((r) =>
      toCustomer(
        r,
        domains.filter((d) => d.customer_id === r.id),
        contacts.filter((c) => c.customer_id === r.id),
      ),
    );
  }

  byId(id: string): Customer | undefined {
    const row = this.db.prepare('SELECT * FROM customers WHERE id = ?').get(id) as CustomerRow | undefined;
    if (!row) return undefined;
    const domains = this.db
      .prepare('SELECT customer_id, domain FROM customer_domains WHERE customer_id = ? ORDER BY position')
      .all(id) as DomainRow[];
    const contacts = this.db
      .prepare('SELECT * FROM contacts WHERE customer_id = ? ORDER BY position')
      .all(id) as ContactRow[];
    return toCustomer(row, domains, contacts);
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM customers').get() as { n: number }).n;
  }

  /**
   * Makes the store hold exactly `customers`, in one transaction: re-importing the same data
   * changes nothing; a customer whose file is gone is removed.
   */
  replaceAll(customers: Customer[], now: Date, sourceFiles: Record<string, string> = {}): ImportSummary {
    const summary: ImportSummary = { added: [], updated: [], unchanged: [], removed: [] };
    const existing = new Map(this.all().map((c) => [c.id, c]));
    const upsert = this.db.prepare(
      `INSERT INTO customers (id, name, contract_phone, response_hours, language, notes, source_file, imported_at)
       VALUES (@id, @name, @contractPhone, @responseHours, @language, @notes, @sourceFile, @importedAt)
       ON CONFLICT(id) DO UPDATE SET name = excluded.name, contract_phone = excluded.contract_phone,
         response_hours = excluded.response_hours, language = excluded.language, notes = excluded.notes,
         source_file = excluded.source_file, imported_at = excluded.imported_at`,
    );
    const insertDomain = this.db.prepare(
      'INSERT INTO customer_domains (customer_id, domain, position) VALUES (?, ?, ?)',
    );
    const insertContact = this.db.prepare(
      'INSERT INTO contacts (customer_id, position, name, email, phone, role, restore) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.db.transaction(() => {
      const incoming = new Set(customers.map((c) => c.id));
      for (const id of existing.keys()) {
        if (!incoming.has(id)) {
          this.db.prepare('DELETE FROM customers WHERE id = ?').run(id);
          summary.removed.push(id);
        }
      }
      // Contacts first removed everywhere so that a contact moving between customers does not collide.
      for (const c of customers) {
        this.db.prepare('DELETE FROM contacts WHERE customer_id = ?').run(c.id);
        this.db.prepare('DELETE FROM customer_domains WHERE customer_id = ?').run(c.id);
      }
      for (const c of customers) {
        const before = existing.get(c.id);
        if (!before) summary.added.push(c.id);
        else if (canonical(before) === canonical(c)) summary.unchanged.push(c.id);
        else summary.updated.push(c.id);
        upsert.run({
          id: c.id,
          name: c.name,
          contractPhone: c.contractPhone,
          responseHours: c.responseHours ?? null,
          language: c.language,
          notes: c.notes ?? null,
          sourceFile: sourceFiles[c.id] ?? null,
          importedAt: now.toISOString(),
        });
        c.domains.forEach((d, i) => insertDomain.run(c.id, d, i));
        c.contacts.forEach((k, i) =>
          insertContact.run(c.id, i, k.name, k.email, k.phone ?? null, k.role ?? null, k.restore ? 1 : 0),
        );
      }
    })();
    return summary;
  }
}

function toCustomer(r: CustomerRow, domains: DomainRow[], contacts: ContactRow[]): Customer {
  return {
    id: r.id,
    name: r.name,
    domains: domains.map((d) => d.domain),
    contractPhone: r.contract_phone,
    contacts: contacts.map((c) => ({
      name: c.name,
      email: c.email,
      ...(c.phone !== null ? { phone: c.phone } : {}),
      ...(c.role !== null ? { role: c.role } : {}),
      restore: c.restore === 1,
    })),
    ...(r.response_hours !== null ? { responseHours: r.response_hours } : {}),
    language: r.language,
    ...(r.notes !== null ? { notes: r.notes } : {}),
  };
}

/** JSON with sorted keys, so that field order does not count as a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}
