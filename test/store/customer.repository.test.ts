import { join } from 'node:path';
import { readCustomerFolder } from '../../src/store/customer-folder';
import { CustomerRepository } from '../../src/store/customer.repository';
import { openDatabase } from '../../src/store/database';
import { RiskRepository } from '../../src/store/risk.repository';
import { importRiskRegisterFile } from '../../src/store/imports';

const examples = join(__dirname, '../../examples');
const now = new Date('2026-11-22T09:00:00Z');

describe('the store', () => {
  it('runs its migrations on open, with WAL and foreign keys on', () => {
    const db = openDatabase(':memory:');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const versions = (
      db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]
    ).map((r) => r.version);
    expect(versions[0]).toBe(101);
  });

  it('imports the example customers and gives them back as they were', () => {
    const db = openDatabase(':memory:');
    const folder = readCustomerFolder(join(examples, 'customers'));
    expect(folder.errors).toEqual([]);
    const repo = new CustomerRepository(db);
    expect(repo.replaceAll(folder.customers, now).added).toHaveLength(folder.customers.length);
    expect(repo.all()).toEqual([...folder.customers].sort((a, b) => a.id.localeCompare(b.id)));
    expect(
      repo
        .byId('acme')
        ?.contacts.filter((c) => c.restore)
        .map((c) => c.email),
    ).toEqual(['j.schulz@acme-stb.de', 'm.weber@acme-stb.de']);
  });

  it('re-importing the same customers is idempotent', () => {
    const db = openDatabase(':memory:');
    const { customers } = readCustomerFolder(join(examples, 'customers'));
    const repo = new CustomerRepository(db);
    repo.replaceAll(customers, now);
    const again = repo.replaceAll(customers, now);
    expect(again).toEqual({ added: [], updated: [], removed: [], unchanged: customers.map((c) => c.id) });
  });

  it('an import is one transaction: a failure leaves the previous customers untouched', () => {
    const db = openDatabase(':memory:');
    const { customers } = readCustomerFolder(join(examples, 'customers'));
    const repo = new CustomerRepository(db);
    repo.replaceAll(customers, now);
    // Two customers claiming one contact violates the unique index half-way through the import.
    const clash = customers.map((c, i) =>
      i === 1 ? { ...c, contacts: [...c.contacts, { ...customers[0]!.contacts[0]! }] } : c,
    );
    expect(() => repo.replaceAll(clash, now)).toThrow(/UNIQUE/);
    expect(repo.all()).toEqual([...customers].sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('RISK-4 keeps a risk that disappeared from the document, as closed', () => {
    const db = openDatabase(':memory:');
    expect(importRiskRegisterFile(db, join(examples, 'risk-register.md'), now).ok).toBe(true);
    const repo = new RiskRepository(db);
    const document = repo.document()!;
    const fewer = repo.all().filter((r) => r.id !== 'R-013');
    const result = repo.importRegister(fewer, document, now);
    expect(result.keptAsClosed).toEqual(['R-013']);
    expect(repo.byId('R-013')).toMatchObject({ section: 'closed', closedOn: '2026-11-22' });
    expect(repo.count()).toBe(14);
  });
});
