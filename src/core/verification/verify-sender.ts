/**
 * Sender verification: the four verdicts of DESIGN.md "Sender verdicts".
 *
 * `verified` is absolute: the From address is an authorised restore contact, authentication passed
 * for its domain, and nothing else is off. Everything that names a customer but falls short asks
 * for a call-back on the contract number; impersonation signs make it `suspicious`.
 */
import { authorisedContacts, hasDocumentedList, type Customer } from '../customers/customer';
import type { ContactEntry, CustomerDirectory } from '../customers/customer-directory';
import { companyTokens } from '../customers/customer-directory';
import {
  normaliseDisplayName,
  normaliseDomain,
  normaliseEmail,
  registrableDomain,
} from '../customers/normalise';
import { domainOfEmail } from '../shared/domain-names';
import type { InboundMessage, MailAddress } from '../mail/inbound-message';
import { topAuthenticationResults } from './authentication-results';
import { headerFields, type HeaderField } from './header-fields';
import { evaluateAuthentication, type AuthenticationVerdict } from './authentication';
import { findLookalike } from './lookalike';
import { reason } from './reasons';
import type { CallbackDetails, Reason, VerificationResult } from './verification-result';

/** The customer whose mail domain (or a subdomain of it) `domain` is. */
function customerOfDomain(domain: string, directory: CustomerDirectory): Customer | undefined {
  let d = domain;
  for (;;) {
    const hit = directory.byDomain.get(d);
    if (hit) return hit.customer;
    const dot = d.indexOf('.');
    if (dot < 0) return undefined;
    d = d.slice(dot + 1);
  }
}

/**
 * what the operator needs for the call-back. The same for every message naming the customer:
 * built once per customer and frozen (read-only for every caller).
 */
const callbacks = new WeakMap<Customer, CallbackDetails>();

export function callbackFor(customer: Customer): CallbackDetails {
  let details = callbacks.get(customer);
  if (!details) {
    details = deepFreeze(buildCallback(customer));
    callbacks.set(customer, details);
  }
  return details;
}

function deepFreeze<T extends object>(value: T): T {
  for (const v of Object.values(value)) if (v && typeof v === 'object') deepFreeze(v as object);
  return Object.freeze(value);
}

function buildCallback(customer: Customer): CallbackDetails {
  return {
    customerId: customer.id,
    customerName: customer.name,
    contractPhone: customer.contractPhone,
    authorisedContacts: authorisedContacts(customer).map((c) => {
      // properties added, not spread in: the same object, built faster (see `npm run bench`)
      const contact: CallbackDetails['authorisedContacts'][number] = { name: c.name, email: c.email };
      if (c.phone) contact.phone = c.phone;
      if (c.role) contact.role = c.role;
      return contact;
    }),
  };
}

function result(
  verdict: VerificationResult['verdict'],
  customer: Customer | null,
  reasons: Reason[],
): VerificationResult {
  return {
    verdict,
    customerId: customer?.id ?? null,
    reasons,
    callback: customer && verdict !== 'verified' ? callbackFor(customer) : null,
  };
}

/** Does this address belong to the customer: one of its domains, or a documented contact address? */
function belongsTo(email: string, customer: Customer, directory: CustomerDirectory): boolean {
  if (customerOfDomain(domainOfEmail(email), directory) === customer) return true;
  return directory.byEmail.get(email)?.customer === customer;
}

/**
 * Contacts whose name the display name carries: exactly ("Schulz, Jana"), or with extra words
 * ("Jana Schulz via Dropbox", "Jana Schulz | Kanzlei"): every two- and three-word part is looked up.
 */
function namedContacts(key: string, directory: CustomerDirectory): readonly ContactEntry[] | undefined {
  if (!key) return undefined;
  const exact = directory.byDisplayName.get(key);
  if (exact) return exact;
  const words = key.split(' ');
  if (words.length < 3 || words.length > 8) return undefined;
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const pair = directory.byDisplayName.get(`${words[i]} ${words[j]}`);
      if (pair) return pair;
      for (let k = j + 1; k < words.length; k++) {
        const triple = directory.byDisplayName.get(`${words[i]} ${words[j]} ${words[k]}`);
        if (triple) return triple;
      }
    }
  }
  return undefined;
}

/** "acme-steuerberatung.com": the customer's company name spelled out as a foreign domain. */
function companyNameDomain(domain: string, directory: CustomerDirectory): Customer | undefined {
  const label = domain.split('.')[0] ?? '';
  const counts = new Map<Customer, number>();
  for (const t of splitAtHyphens(label))
    for (const c of directory.byCompanyToken.get(t) ?? []) counts.set(c, (counts.get(c) ?? 0) + 1);
  for (const [customer, n] of counts)
    if (n >= Math.min(2, directory.companyTokenCount.get(customer.id) ?? 2) && n >= 2) return customer;
  return undefined;
}

/** `label.split(/[-_]/)` without the regular expression (every foreign sender's domain, see `npm run bench`). */
function splitAtHyphens(label: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c === 45 /* - */ || c === 95 /* _ */) {
      parts.push(label.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(label.slice(start));
  return parts;
}

interface Claim {
  reason: Reason;
  customer: Customer;
}

const DOMAIN_IN_NAME = /[a-z0-9\u00c0-\uffff-]+(?:\.[a-z0-9\u00c0-\uffff-]+)+/g;

/** A display name that is a known contact's, a contact's address or a customer's name — on a foreign address. */
function displayNameClaim(from: MailAddress, email: string, directory: CustomerDirectory): Claim | null {
  const raw = from.name.trim();
  if (!raw) return null;
  // the includes() checks spare most names the expressions below (see `npm run bench`)
  const embedded = raw.includes('@') ? raw.match(/[^\s<>"'()]+@[^\s<>"'()]+/) : null;
  if (embedded) {
    const claimed = normaliseEmail(embedded[0]);
    const owner = directory.byEmail.get(claimed);
    const customer = owner?.customer ?? customerOfDomain(domainOfEmail(claimed), directory);
    if (claimed !== email && customer) {
      const contact = owner?.contact.name ?? claimed;
      return {
        reason: reason('display-name-impersonation', { name: raw, contact, customer: customer.name, email }),
        customer,
      };
    }
  }
  const contacts = namedContacts(normaliseDisplayName(raw), directory);
  // prefer an authorised contact when several customers have a person of that name
  const hit = contacts?.find((c) => c.contact.restore) ?? contacts?.[0];
  if (hit) {
    const facts = { name: raw, contact: hit.contact.name, customer: hit.customer.name, email };
    return { reason: reason('display-name-impersonation', facts), customer: hit.customer };
  }
  // "acme-stb.de Support": a customer domain written into the display name
  const dotted = raw.includes('.') ? raw.toLowerCase().matchAll(DOMAIN_IN_NAME) : [];
  for (const m of dotted) {
    const customer = customerOfDomain(normaliseDomain(m[0]), directory);
    if (customer)
      return {
        reason: reason('display-name-customer', { name: raw, customer: customer.name, email }),
        customer,
      };
  }
  // "ACME Steuerberatung IT" <x@gmail.com>: the customer's name (two distinctive words, or all of a one-word name)
  const counts = new Map<Customer, number>();
  for (const t of companyTokens(raw))
    for (const c of directory.byCompanyToken.get(t) ?? []) counts.set(c, (counts.get(c) ?? 0) + 1);
  for (const [customer, n] of counts) {
    const needed = Math.min(2, directory.companyTokenCount.get(customer.id) ?? 2);
    if (n >= needed && (needed === 2 || companyTokens(customer.name)[0]!.length >= 5)) {
      return {
        reason: reason('display-name-customer', { name: raw, customer: customer.name, email }),
        customer,
      };
    }
  }
  return null;
}

export function verifySender(
  message: InboundMessage,
  directory: CustomerDirectory,
  fields: HeaderField[] = headerFields(message.headers),
): VerificationResult {
  const email = message.from ? normaliseEmail(message.from.address) : '';
  if (!message.from || !email) return result('unknown', null, [reason('from-missing')]);
  const domain = domainOfEmail(email);
  const contactEntry: ContactEntry | undefined = directory.byEmail.get(email);
  const customer = contactEntry?.customer ?? customerOfDomain(domain, directory);

  if (!customer) return foreignSender(message, email, domain, directory);

  // The sender claims one of our customers: collect what is off.
  const suspicious: Reason[] = [];
  const off: Reason[] = [];
  const auth: AuthenticationVerdict = evaluateAuthentication(topAuthenticationResults(fields), domain);
  const facts = { email, domain, customer: customer.name };

  if (auth.status === 'failed')
    suspicious.push(
      reason('authentication-failed', { email, domain, customer: customer.name, detail: auth.detail }),
    ); // forged From
  for (const replyTo of message.replyTo) {
    const r = normaliseEmail(replyTo.address);
    if (!r || belongsTo(r, customer, directory)) continue;
    // Reply-To to a personal address of the same organisation ("same registrable domain") is still inside
    if (registrableDomain(domainOfEmail(r)) === registrableDomain(domain)) continue;
    suspicious.push(reason('reply-to-diverted', { email: r, customer: customer.name }));
  }
  const sender = message.sender ? normaliseEmail(message.sender.address) : '';
  if (
    sender &&
    sender !== email &&
    !belongsTo(sender, customer, directory) &&
    registrableDomain(domainOfEmail(sender)) !== registrableDomain(domain)
  ) {
    suspicious.push(reason('sender-mismatch', { email: sender, customer: customer.name }));
  } else if (sender && sender !== email) {
    // a colleague sending on behalf of an authorised contact is not that contact
    off.push(reason('sent-on-behalf', { email: sender, contact: email, customer: customer.name }));
  }
  // the contact's own name on the contact's own address is no other contact's (read on its entry:
  // no look-up, see `npm run bench`)
  const ownName = contactEntry !== undefined && message.from.name === contactEntry.contact.name;
  const nameKey = ownName ? contactEntry.nameKey : normaliseDisplayName(message.from.name);
  const namedContacts =
    nameKey && !(contactEntry && nameKey === contactEntry.nameKey)
      ? directory.byDisplayName.get(nameKey)
      : undefined;
  const other = namedContacts?.some((c) => c.email === email) ? undefined : namedContacts?.[0];
  if (other) {
    const mismatch = reason('display-name-mismatch', {
      name: message.from.name,
      contact: other.contact.name,
      customer: other.customer.name,
      email,
    });
    if (other.customer === customer) off.push(mismatch);
    else {
      suspicious.push(
        reason('display-name-impersonation', {
          name: message.from.name,
          contact: other.contact.name,
          customer: other.customer.name,
          email,
        }),
      );
      // the customer being imitated is the one whose contact's name is used — unless this
      // customer's own domain is forged or diverted as well
      if (suspicious.length === 1) return result('suspicious', other.customer, suspicious);
    }
  }

  if (suspicious.length > 0) return result('suspicious', customer, suspicious);

  const reasons: Reason[] = [];
  const own = contactEntry?.customer === customer ? contactEntry : undefined;
  const contact = own?.contact;
  if (!(own ? own.listDocumented : hasDocumentedList(customer))) {
    reasons.push(reason('no-documented-list', facts)); // no list → call back
  } else if (!contact) {
    reasons.push(reason('unlisted-address', facts));
  } else if (!contact.restore) {
    reasons.push(reason('not-authorised-contact', facts));
  } else {
    reasons.push(reason('authorised-contact', facts));
  }
  if (own && !own.onCustomerDomain) reasons.push(reason('known-contact-address', facts));
  if (auth.status === 'passed')
    reasons.push(
      reason('authentication-passed', { email, domain, customer: customer.name, detail: auth.detail }),
    );
  else if (auth.status === 'partly-failed')
    off.push(
      reason('authentication-partly-failed', { email, domain, customer: customer.name, detail: auth.detail }),
    );
  else if (auth.status === 'missing') off.push(reason('authentication-missing', facts));
  else off.push(reason('authentication-inconclusive', facts));

  // verified only for an authorised contact, authenticated, with nothing else off
  const verified = contact?.restore === true && auth.status === 'passed' && off.length === 0;
  return result(verified ? 'verified' : 'callback-required', customer, [...reasons, ...off]);
}

/** A sender on no customer's domain and no documented contact address: imitation, or simply unknown. */
function foreignSender(
  message: InboundMessage,
  email: string,
  domain: string,
  directory: CustomerDirectory,
): VerificationResult {
  const reasons: Reason[] = [];
  let imitated: Customer | null = null;

  const lookalike = findLookalike(domain, directory);
  if (lookalike) {
    imitated = lookalike.imitated.customer;
    const code =
      lookalike.technique === 'homoglyph'
        ? 'homoglyph-domain'
        : lookalike.technique === 'embedded'
          ? 'embedded-customer-domain'
          : 'lookalike-domain';
    reasons.push(
      reason(code, {
        domain,
        customer: imitated.name,
        customerDomain: lookalike.imitated.domain,
        detail: lookalike.detail,
      }),
    );
  }
  if (!lookalike) {
    const company = companyNameDomain(domain, directory);
    if (company) {
      imitated = company;
      reasons.push(
        reason('lookalike-domain', {
          domain,
          customer: company.name,
          customerDomain: company.domains[0] ?? '',
          detail: 'the company name as a domain',
        }),
      );
    }
  }
  const claim = displayNameClaim(message.from!, email, directory);
  if (claim) {
    imitated ??= claim.customer;
    reasons.push(claim.reason);
  }
  for (const address of [...message.replyTo, ...(message.sender ? [message.sender] : [])]) {
    const r = normaliseEmail(address.address);
    if (!r) continue;
    const owner = directory.byEmail.get(r)?.customer ?? customerOfDomain(domainOfEmail(r), directory);
    const like = owner ? null : findLookalike(domainOfEmail(r), directory);
    if (like) {
      imitated ??= like.imitated.customer;
      reasons.push(
        reason('reply-to-lookalike', {
          email: r,
          customer: like.imitated.customer.name,
          customerDomain: like.imitated.domain,
        }),
      );
    }
  }
  if (imitated) return result('suspicious', imitated, reasons);
  return result('unknown', null, [reason('unknown-sender', { email })]);
}
