/**
 * The customers indexed once for fast sender decisions: by exact mail domain, registrable domain,
 * contact address, contact display name and confusable skeleton of the domain label. Building it
 * is O(customers + contacts); every lookup during a decision is a hash-map hit.
 */
import { parse } from 'tldts';
import type { Contact, Customer } from './customer';
import { domainSkeleton, normaliseDisplayName, normaliseDomain, normaliseEmail } from './normalise';

export interface ContactEntry {
  customer: Customer;
  contact: Contact;
}

export interface CustomerDomain {
  customer: Customer;
  /** The customer's mail domain, normalised. */
  domain: string;
  /** Its registrable domain ("acme-stb.de" for "mail.acme-stb.de"). */
  registrable: string;
  /** The registrable domain without its public suffix ("acme-stb"). */
  label: string;
  /** The public suffix ("de", "co.uk"). */
  suffix: string;
  /** Confusable skeleton of `label` (homoglyphs and rn/m-style folds collapsed). */
  skeleton: string;
}

export interface CustomerDirectory {
  readonly customers: readonly Customer[];
  readonly domains: readonly CustomerDomain[];
  /** Exact normalised mail domain → customer domain. */
  readonly byDomain: ReadonlyMap<string, CustomerDomain>;
  /** Registrable domain → customer domains. */
  readonly byRegistrable: ReadonlyMap<string, readonly CustomerDomain[]>;
  /** Label without suffix ("acme-stb") → customer domains: TLD swaps hit here. */
  readonly byLabel: ReadonlyMap<string, readonly CustomerDomain[]>;
  /** Confusable skeleton of the label → customer domains: homoglyphs hit here. */
  readonly bySkeleton: ReadonlyMap<string, readonly CustomerDomain[]>;
  /** Normalised contact address → contact and customer. */
  readonly byEmail: ReadonlyMap<string, ContactEntry>;
  /** Normalised contact display name ("jana schulz") → contacts with that name. */
  readonly byDisplayName: ReadonlyMap<string, readonly ContactEntry[]>;
  /** Customer id → customer. */
  readonly byId: ReadonlyMap<string, Customer>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildCustomerDirectory(customers: Customer[]): CustomerDirectory {
  const domains: CustomerDomain[] = [];
  const byDomain = new Map<string, CustomerDomain>();
  const byRegistrable = new Map<string, CustomerDomain[]>();
  const byLabel = new Map<string, CustomerDomain[]>();
  const bySkeleton = new Map<string, CustomerDomain[]>();
  const byEmail = new Map<string, ContactEntry>();
  const byDisplayName = new Map<string, ContactEntry[]>();
  const byId = new Map<string, Customer>();

  for (const customer of customers) {
    byId.set(customer.id, customer);
    for (const raw of customer.domains) {
      const domain = normaliseDomain(raw);
      if (!domain || byDomain.has(domain)) continue;
      const parsed = parse(domain, { allowPrivateDomains: false });
      const registrable = parsed.domain ?? domain;
      const suffix = parsed.publicSuffix ?? '';
      const label = parsed.domainWithoutSuffix ?? registrable;
      const entry: CustomerDomain = {
        customer,
        domain,
        registrable,
        label,
        suffix,
        skeleton: domainSkeleton(label),
      };
      domains.push(entry);
      byDomain.set(domain, entry);
      push(byRegistrable, registrable, entry);
      push(byLabel, label, entry);
      push(bySkeleton, entry.skeleton, entry);
    }
    for (const contact of customer.contacts) {
      const email = normaliseEmail(contact.email);
      if (email && !byEmail.has(email)) byEmail.set(email, { customer, contact });
      const name = normaliseDisplayName(contact.name);
      if (name) push(byDisplayName, name, { customer, contact });
    }
  }

  return { customers, domains, byDomain, byRegistrable, byLabel, bySkeleton, byEmail, byDisplayName, byId };
}
