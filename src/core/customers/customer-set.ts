/**
 * Checks across a folder of customer files: duplicate ids, a contact email claimed by two
 * customers, a domain claimed by two customers. A folder with any error imports nothing.
 */
import type { FileProblem } from '../shared/file-problem';
import type { Customer } from './customer';
import { parseCustomerFile } from './customer-file';

export interface CustomerSource {
  file: string;
  text: string;
}

export interface CustomerSetResult {
  customers: Customer[];
  problems: FileProblem[];
  /** True when there is no error: the set may be imported. */
  ok: boolean;
  /**
   * Every customer whose own file is valid (the first of a duplicate id): what a read-only check such
   * as `isms-desk verify` can still use while the folder has errors. Never imported.
   */
  usable: Customer[];
}

export function parseCustomerSet(sources: CustomerSource[]): CustomerSetResult {
  const problems: FileProblem[] = [];
  const customers: { customer: Customer; file: string }[] = [];
  for (const source of sources) {
    const r = parseCustomerFile(source.file, source.text);
    problems.push(...r.problems);
    if (r.customer) customers.push({ customer: r.customer, file: source.file });
  }

  const byId = new Map<string, string>();
  const byEmail = new Map<string, { id: string; file: string }>();
  const byDomain = new Map<string, { id: string; file: string }>();
  const setError = (file: string, field: string, code: string, message: string) =>
    problems.push({ file, line: null, field, severity: 'error', code, message });

  const usable: Customer[] = [];
  for (const { customer, file } of customers) {
    const other = byId.get(customer.id);
    if (!other) usable.push(customer);
    if (other)
      setError(
        file,
        'id',
        'duplicate-id',
        `customer id "${customer.id}" is also used in ${other}: ids must be unique`,
      );
    else byId.set(customer.id, file);

    for (const contact of customer.contacts) {
      const owner = byEmail.get(contact.email);
      if (owner && owner.id !== customer.id) {
        setError(
          file,
          'contacts',
          'duplicate-contact-across-customers',
          `${contact.email} is also a contact of "${owner.id}" (${owner.file}): a sender must belong to one customer`,
        );
      } else byEmail.set(contact.email, { id: customer.id, file });
    }
    for (const domain of customer.domains) {
      const owner = byDomain.get(domain);
      if (owner && owner.id !== customer.id) {
        setError(
          file,
          'domains',
          'duplicate-domain-across-customers',
          `${domain} is also a domain of "${owner.id}" (${owner.file}): a domain must belong to one customer`,
        );
      } else byDomain.set(domain, { id: customer.id, file });
    }
  }

  const ok = !problems.some((p) => p.severity === 'error');
  return { customers: ok ? customers.map((c) => c.customer) : [], problems, ok, usable };
}
