/**
 * One customer's YAML file (../shared/DESIGN.md "Customers") → a validated, normalised Customer.
 * Pure: the caller reads the file; problems name the file, the line, the field and what is expected.
 */
import { distance } from 'fastest-levenshtein';
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { domainOfEmail, normaliseDomain, normaliseEmail } from '../shared/domain-names';
import type { FileProblem } from '../shared/file-problem';
import type { Customer } from './customer';

/** "+49 30 1234567", "030/1234567-12", "+44 117 4960321 ext 204". */
const PHONE = /^\+?[0-9][0-9 ()/.-]{4,}[0-9](?:\s*,?\s*(?:ext\.?|x|extension|durchwahl|dw\.?)\s*[0-9]+)?$/i;
const phone = z
  .string({ error: 'expected a telephone number in quotes, e.g. "+49 30 1234567"' })
  .trim()
  .regex(PHONE, 'expected a telephone number such as "+49 30 1234567"');

// Unknown fields are not errors: they are reported as warnings and left out (see `unknownFields`),
// so a customer file with an extra note ("address:", "title:") still verifies.
const contactSchema = z.object({
  name: z.string({ error: 'expected the contact’s name' }).trim().min(1, 'expected the contact’s name'),
  email: z.string({ error: 'expected an email address' }),
  // a contact's own number is for the operator to read (the call-back uses the contract number, R-014):
  // an unusual format is warned about below, not refused
  phone: z
    .string({ error: 'expected a telephone number in quotes, e.g. "+49 30 1234567"' })
    .trim()
    .optional(),
  role: z.string().trim().min(1).optional(),
  // R-014: a contact without `restore` is not on the authorised-contact list (warned below)
  restore: z
    .boolean({ error: 'expected true or false (is the contact on the authorised-contact list?)' })
    .optional(),
});

const customerSchema = z.object({
  id: z
    .string({ error: 'expected a slug such as "acme"' })
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a slug of lower-case letters, digits and hyphens, e.g. "acme"'),
  name: z.string({ error: 'expected the customer’s name' }).trim().min(1, 'expected the customer’s name'),
  domains: z
    .array(z.string({ error: 'expected a domain name such as example.de' }), {
      error: 'expected a list of mail domains, e.g. [acme-stb.de]',
    })
    .min(1, 'expected at least one mail domain'),
  contractPhone: phone,
  contacts: z.array(contactSchema, { error: 'expected a list of contacts' }).default([]),
  responseHours: z
    .number({ error: 'expected a number of hours, e.g. 8' })
    .positive('expected a positive number of hours')
    .optional(),
  language: z.enum(['de', 'en'], { error: 'expected de or en' }).default('de'),
  notes: z.string().optional(),
});

const CUSTOMER_FIELDS = Object.keys(customerSchema.shape);
const CONTACT_FIELDS = Object.keys(contactSchema.shape);

/** "rolle" → "role": a known field one or two letters away, for the warning's hint. */
function nearest(key: string, known: readonly string[]): string | undefined {
  return known.find((k) => distance(k.toLowerCase(), key.toLowerCase()) <= 2);
}

function unknownFields(value: unknown, known: readonly string[]): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.keys(value).filter((k) => !known.includes(k));
}

export interface CustomerFileResult {
  customer: Customer | null;
  problems: FileProblem[];
}

export function parseCustomerFile(file: string, text: string): CustomerFileResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: FileProblem[] = [];
  const lineOf = (offset: number | undefined) =>
    offset === undefined ? null : lineCounter.linePos(offset).line;

  for (const e of doc.errors) {
    problems.push({
      file,
      line: lineOf(e.pos[0]),
      field: null,
      severity: 'error',
      code: 'yaml-syntax',
      message: `not valid YAML: ${e.message.split('\n')[0]}`,
    });
  }
  if (problems.length > 0) return { customer: null, problems };
  if (!isMap(doc.contents)) {
    return {
      customer: null,
      problems: [
        {
          file,
          line: 1,
          field: null,
          severity: 'error',
          code: 'not-a-mapping',
          message: 'expected a YAML mapping with id, name, domains, contractPhone and contacts',
        },
      ],
    };
  }

  const fieldLine = (path: (string | number)[]) => lineOf(nodeStart(doc, path));
  const parsed = customerSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      problems.push({
        file,
        line: fieldLine(path),
        field: path.length ? path.join('.') : null,
        severity: 'error',
        code: 'schema',
        message: issue.message,
      });
    }
    return { customer: null, problems };
  }

  const raw = parsed.data;
  const error = (path: (string | number)[], code: string, message: string) =>
    problems.push({ file, line: fieldLine(path), field: path.join('.'), severity: 'error', code, message });
  const warn = (path: (string | number)[], code: string, message: string) =>
    problems.push({ file, line: fieldLine(path), field: path.join('.'), severity: 'warning', code, message });
  const warnUnknown = (path: (string | number)[], key: string, known: readonly string[]) => {
    const hint = nearest(key, known);
    warn(
      [...path, key],
      'unknown-field',
      `unknown field "${key}" ignored: ${hint ? `did you mean "${hint}"?` : `expected ${known.join(', ')}`}`,
    );
  };
  const js = doc.toJS() as Record<string, unknown>;
  for (const key of unknownFields(js, CUSTOMER_FIELDS)) warnUnknown([], key, CUSTOMER_FIELDS);
  (Array.isArray(js.contacts) ? (js.contacts as unknown[]) : []).forEach((c, i) => {
    for (const key of unknownFields(c, CONTACT_FIELDS)) warnUnknown(['contacts', i], key, CONTACT_FIELDS);
  });

  const domains: string[] = [];
  raw.domains.forEach((d, i) => {
    const n = normaliseDomain(d);
    if (n === null)
      error(['domains', i], 'bad-domain', `"${d}" is not a domain name: expected e.g. acme-stb.de`);
    else if (domains.includes(n)) warn(['domains', i], 'duplicate-domain', `${n} is listed twice`);
    else domains.push(n);
  });

  const contacts: Customer['contacts'] = [];
  const seen = new Set<string>();
  raw.contacts.forEach((c, i) => {
    const email = normaliseEmail(c.email);
    if (email === null) {
      error(
        ['contacts', i, 'email'],
        'bad-email',
        `"${c.email}" is not an email address: expected e.g. j.schulz@acme-stb.de`,
      );
      return;
    }
    if (seen.has(email)) {
      error(['contacts', i, 'email'], 'duplicate-contact', `${email} is listed twice in this file`);
      return;
    }
    seen.add(email);
    if (domains.length > 0 && !domains.includes(domainOfEmail(email))) {
      warn(
        ['contacts', i, 'email'],
        'contact-outside-domains',
        `${email} is outside the customer's domains (${domains.join(', ')}): allowed, but check it is really theirs`,
      );
    }
    if (c.phone !== undefined && !PHONE.test(c.phone))
      warn(
        ['contacts', i, 'phone'],
        'unusual-phone',
        `"${c.phone}" does not look like a telephone number such as "+49 30 1234567": kept as written`,
      );
    if (c.restore === undefined)
      warn(
        ['contacts', i],
        'restore-missing',
        `${email} has no "restore:" field: treated as restore: false (not on the authorised-contact list, R-014)`,
      );
    contacts.push({
      name: c.name,
      email,
      restore: c.restore ?? false,
      ...(c.phone ? { phone: c.phone } : {}),
      ...(c.role ? { role: c.role } : {}),
    });
  });

  if (problems.some((p) => p.severity === 'error')) return { customer: null, problems };

  // R-014: no contact marked restore: true is "no documented list" — allowed, every request needs a call-back.
  if (!contacts.some((c) => c.restore)) {
    warn(
      ['contacts'],
      'no-authorised-list',
      'no contact has restore: true — no documented authorised-contact list (R-014): every restore request from this customer needs a call-back to the contract number',
    );
  }

  const customer: Customer = {
    id: raw.id,
    name: raw.name,
    domains,
    contractPhone: raw.contractPhone,
    contacts,
    language: raw.language,
    ...(raw.responseHours !== undefined ? { responseHours: raw.responseHours } : {}),
    ...(raw.notes !== undefined ? { notes: raw.notes } : {}),
  };
  return { customer, problems };
}

/** Start offset of the node at `path`, or of its nearest existing parent (a missing field points at its parent). */
function nodeStart(doc: Document, path: (string | number)[]): number | undefined {
  for (let n = path.length; n >= 1; n--) {
    const node: unknown = doc.getIn(path.slice(0, n), true);
    if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range))
      return node.range[0] as number;
  }
  return doc.contents?.range?.[0];
}
