/**
 * The customers indexed once for fast sender decisions: by exact mail domain, registrable domain,
 * contact address, contact display name and confusable skeleton of the domain label. Building it
 * is O(customers + contacts); every lookup during a decision is a hash-map hit.
 */
import { parse } from 'tldts';
import { hasDocumentedList, type Contact, type Customer } from './customer';
import { domainSkeleton, normaliseDisplayName, normaliseDomain, normaliseEmail } from './normalise';

export interface ContactEntry {
  customer: Customer;
  contact: Contact;
  /** The contact's address, normalised. */
  email: string;
  /** The address is on one of the customer's own mail domains (not a documented outside address). */
  onCustomerDomain: boolean;
  /** The customer has a documented authorised-contact list: read here, not from every contact. */
  listDocumented: boolean;
  /** The contact's display name, normalised (normaliseDisplayName). */
  nameKey: string;
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
  /**
   * Deletion neighbourhood of each skeleton (symmetric-delete index): a look-alike within edit
   * distance 1 (2 for long names) shares a key, so fuzzy matching needs no scan over all customers.
   */
  readonly byDeletion: ReadonlyMap<string, readonly CustomerDomain[]>;
  /** A bit set for the `stringHash` of every key of `byDeletion` (see `mayBeDeletionKey`). */
  readonly deletionBits: Uint32Array;
  /** First six characters of each skeleton (skeletons of six or more) → customer domains: finds names embedded in longer ones. */
  readonly byPrefix: ReadonlyMap<string, readonly CustomerDomain[]>;
  /**
   * "^abc" and "xyz$" for the first and last three characters of every skeleton that allows two
   * edits: a look-alike two edits away keeps one end, so only such candidates get the costlier search.
   */
  readonly longNameEnds: ReadonlySet<string>;
  /** Distinctive words of customer names ("acme", "steuerberatung") → customers, for display-name claims. */
  readonly byCompanyToken: ReadonlyMap<string, readonly Customer[]>;
  /** Customer id → how many distinctive words its name has. */
  readonly companyTokenCount: ReadonlyMap<string, number>;
}

/** Length of the skeleton prefixes in `byPrefix`; also the shortest name recognised inside another. */
export const PREFIX_LENGTH = 6;

/** Edit distance a look-alike may have from a skeleton of this length. */
export function allowedDistance(length: number): number {
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}

/** The skeleton with 0…`depth` characters deleted. */
export function deletionVariants(skeleton: string, depth: number): Set<string> {
  const out = new Set<string>([skeleton]);
  let frontier = [skeleton];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const s of frontier) {
      for (let i = 0; i < s.length; i++) {
        const v = s.slice(0, i) + s.slice(i + 1);
        if (!out.has(v)) {
          out.add(v);
          next.push(v);
        }
      }
    }
    frontier = next;
  }
  return out;
}

/**
 * Polynomial hash (mod 2^32) of a string. `deletionHashes` gives the hash of every one-character
 * deletion from it without building those strings: the cold look-alike search asks `byDeletion` only
 * for variants whose bit in `deletionBits` is set, instead of hashing a new string for each one in
 * a map of tens of thousands of keys (see `npm run bench`). A clear bit proves the key absent.
 */
export function stringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, HASH_BASE) + s.charCodeAt(i)) >>> 0;
  return h;
}
const HASH_BASE = 0x01000193;
const DELETION_BITS = 1 << 20; // about 5 % set for 500 customers

/** `stringHash` of `s` without its character at i, for every i. */
export function deletionHashes(s: string): number[] {
  const n = s.length;
  const power = [1];
  for (let k = 1; k < n; k++) power.push(Math.imul(power[k - 1]!, HASH_BASE) >>> 0);
  const suffix = new Array<number>(n + 1).fill(0); // suffix[k]: the hash of s[k..n)
  for (let k = n - 1; k >= 0; k--)
    suffix[k] = (Math.imul(s.charCodeAt(k), power[n - 1 - k]!) + suffix[k + 1]!) >>> 0;
  const hashes: number[] = [];
  let prefix = 0; // the hash of s[0..i)
  for (let i = 0; i < n; i++) {
    hashes.push((Math.imul(prefix, power[n - 1 - i]!) + suffix[i + 1]!) >>> 0);
    prefix = (Math.imul(prefix, HASH_BASE) + s.charCodeAt(i)) >>> 0;
  }
  return hashes;
}

function bitOf(hash: number): number {
  const x = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return (x ^ (x >>> 16)) & (DELETION_BITS - 1);
}

/** False when no key of `byDeletion` has this `stringHash`. */
export function mayBeDeletionKey(directory: CustomerDirectory, hash: number): boolean {
  const bit = bitOf(hash);
  return (directory.deletionBits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

const LEGAL_FORMS =
  /\b(gmbh|mbh|ag|kg|ohg|ug|gbr|e\.?\s?k|e\.?\s?v|co|kgaa|se|ltd|llc|inc|plc|llp|limited|partg|partgmbb|haftungsbeschränkt)\b\.?/g;
const HAS_LEGAL_FORM = new RegExp(LEGAL_FORMS.source);

/** Words that name a role or a kind of business, not a person or a company. */
const GENERIC_WORDS = new Set(
  (
    'it support helpdesk service services team office admin administrator accounts accounting buchhaltung info kontakt contact ' +
    'empfang reception sekretariat backup noreply no reply mail post praxis familie family der die das und and the of von ' +
    'gruppe group holding consulting solutions systems technik verwaltung management'
  ).split(' '),
);

/** "ACME Steuerberatung GmbH & Co. KG" → ["acme", "steuerberatung"]: distinctive words, no legal form. */
export function companyTokens(name: string): string[] {
  // (replacements only where there is something to replace: a global one is costly even when it
  // changes nothing, and every foreign sender's display name comes here, see `npm run bench`)
  let lower = name.toLowerCase();
  if (lower.includes('&')) lower = lower.replace(/&/g, ' ');
  if (HAS_LEGAL_FORM.test(lower)) lower = lower.replace(LEGAL_FORMS, ' ');
  const words = normaliseDisplayName(lower).split(' ');
  return [...new Set(words.filter((w) => w.length >= 3 && !GENERIC_WORDS.has(w)))];
}

/** A display name that names a person: two words or more, not only role words ("IT-Support", "Accounts"). */
export function isPersonalName(key: string): boolean {
  const words = key.split(' ').filter(Boolean);
  return words.length >= 2 && words.some((w) => w.length >= 2 && !GENERIC_WORDS.has(w));
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
  const byDeletion = new Map<string, CustomerDomain[]>();
  const deletionBits = new Uint32Array(DELETION_BITS / 32);
  const byPrefix = new Map<string, CustomerDomain[]>();
  const longNameEnds = new Set<string>();
  const byCompanyToken = new Map<string, Customer[]>();
  const companyTokenCount = new Map<string, number>();

  for (const customer of customers) {
    byId.set(customer.id, customer);
    const tokens = companyTokens(customer.name);
    companyTokenCount.set(customer.id, tokens.length);
    for (const t of tokens) push(byCompanyToken, t, customer);
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
      if (entry.skeleton.length >= PREFIX_LENGTH)
        push(byPrefix, entry.skeleton.slice(0, PREFIX_LENGTH), entry);
      for (const v of deletionVariants(entry.skeleton, allowedDistance(entry.skeleton.length))) {
        push(byDeletion, v, entry);
        const bit = bitOf(stringHash(v));
        deletionBits[bit >>> 5]! |= 1 << (bit & 31);
      }
    }
    // what a decision reads about a contact, on its entry (see `npm run bench`)
    const ownDomains = new Set(customer.domains.map(normaliseDomain));
    const listDocumented = hasDocumentedList(customer);
    for (const contact of customer.contacts) {
      const email = normaliseEmail(contact.email);
      const onCustomerDomain = ownDomains.has(email.slice(email.lastIndexOf('@') + 1));
      const nameKey = normaliseDisplayName(contact.name);
      const entry: ContactEntry = { customer, contact, email, onCustomerDomain, listDocumented, nameKey };
      if (email && !byEmail.has(email)) byEmail.set(email, entry);
      if (nameKey && isPersonalName(nameKey)) push(byDisplayName, nameKey, entry);
    }
  }

  return {
    customers,
    domains,
    byDomain,
    byRegistrable,
    byLabel,
    bySkeleton,
    byEmail,
    byDisplayName,
    byId,
    byDeletion,
    deletionBits,
    byPrefix,
    longNameEnds,
    byCompanyToken,
    companyTokenCount,
  };
}
