/**
 * Normalisation of mail domains and addresses: lower case, IDN to ASCII (punycode), no trailing dot.
 * Uses the WHATWG URL parser (a standard global in Node and browsers) for IDNA/UTS #46 mapping.
 */
export function normaliseDomain(input: string): string | null {
  const trimmed = input.trim().replace(/\.+$/, '');
  if (trimmed === '' || /[\s/@:?#\\]/.test(trimmed)) return null;
  try {
    const host = new URL(`http://${trimmed}`).hostname;
    if (!host.includes('.') || host.startsWith('[')) return null;
    if (!/^[a-z0-9.-]+$/.test(host) || host.split('.').some((label) => label === '' || label.length > 63))
      return null;
    return host;
  } catch {
    return null;
  }
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
