/**
 * Validating normalisation for the customer files: the same normal form the verifier compares with
 * (customers/normalise.ts: lower case, IDN in punycode, no trailing dot), plus the checks a file needs
 * — null when what is left is not a domain or an address.
 */
import { normaliseDomain as normalForm } from '../customers/normalise';

export function normaliseDomain(input: string): string | null {
  if (/[\s/@:?#\\]/.test(input.trim())) return null;
  const host = normalForm(input);
  if (!host.includes('.') || !/^[a-z0-9.-]+$/.test(host)) return null;
  if (host.split('.').some((label) => label === '' || label.length > 63)) return null;
  return host;
}

export function normaliseEmail(input: string): string | null {
  const trimmed = input.trim();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0 || at === trimmed.length - 1) return null;
  const local = trimmed.slice(0, at);
  if (/[\s<>()[\],;:"]/.test(local)) return null;
  const domain = normaliseDomain(trimmed.slice(at + 1));
  if (domain === null) return null;
  // Local parts are case-sensitive in theory (RFC 5321) but not in any mail system a customer uses.
  return `${local.toLowerCase()}@${domain}`;
}

export const domainOfEmail = (email: string): string => email.slice(email.lastIndexOf('@') + 1);
