/**
 * The stable reason codes of a sender verdict, each with the sentence a person reads. Codes never
 * change meaning (the server stores them, the add-in and tests key on them); wording may improve.
 */
import type { Reason } from './verification-result';

export interface ReasonFacts {
  email?: string;
  domain?: string;
  customer?: string;
  customerDomain?: string;
  detail?: string;
  name?: string;
  contact?: string;
}

const sentences = {
  'authorised-contact': (f: ReasonFacts) =>
    `${f.email} is on ${f.customer}'s authorised-contact list for restores (R-014).`,
  'authentication-passed': (f: ReasonFacts) => `Sender authentication passed for ${f.domain} (${f.detail}).`,
  'not-authorised-contact': (f: ReasonFacts) =>
    `${f.email} is a contact of ${f.customer} but not on its authorised-contact list for restores (R-014).`,
  'unlisted-address': (f: ReasonFacts) =>
    `${f.email} is on ${f.customer}'s mail domain but is not a documented contact (R-014).`,
  'no-documented-list': (f: ReasonFacts) =>
    `${f.customer} has no documented authorised-contact list: call back on the number from the contract (R-014).`,
  'authentication-missing': (f: ReasonFacts) =>
    `The message carries no Authentication-Results header, so it cannot be confirmed that it really comes from ${f.domain}.`,
  'authentication-inconclusive': (f: ReasonFacts) =>
    `Authentication-Results show no DMARC pass and no DKIM pass aligned with ${f.domain}: the sender is not confirmed.`,
  'authentication-failed': (f: ReasonFacts) =>
    `${f.detail} for ${f.customer}'s domain ${f.domain}: the From address may be forged.`,
  'authentication-partly-failed': (f: ReasonFacts) =>
    `DMARC passed for ${f.domain}, but ${f.detail}: something on the way is not as expected.`,
  'lookalike-domain': (f: ReasonFacts) =>
    `${f.domain} imitates ${f.customer}'s domain ${f.customerDomain} (${f.detail}).`,
  'homoglyph-domain': (f: ReasonFacts) =>
    `${f.domain} uses look-alike Unicode characters to imitate ${f.customer}'s domain ${f.customerDomain} (${f.detail}).`,
  'embedded-customer-domain': (f: ReasonFacts) =>
    `${f.domain} carries ${f.customer}'s domain ${f.customerDomain} inside a foreign domain.`,
  'display-name-impersonation': (f: ReasonFacts) =>
    `The display name "${f.name}" is that of ${f.contact} (${f.customer}), but the address ${f.email} is not theirs.`,
  'display-name-customer': (f: ReasonFacts) =>
    `The display name "${f.name}" claims ${f.customer}, but ${f.email} is not on its domain.`,
  'display-name-mismatch': (f: ReasonFacts) =>
    `The display name "${f.name}" is another contact of ${f.customer} (${f.contact}), not the owner of ${f.email}.`,
  'reply-to-diverted': (f: ReasonFacts) => `Replies would go to ${f.email}, outside ${f.customer}'s domains.`,
  'reply-to-lookalike': (f: ReasonFacts) =>
    `Replies would go to ${f.email}, a look-alike of ${f.customer}'s domain ${f.customerDomain}.`,
  'sent-on-behalf': (f: ReasonFacts) =>
    `${f.email} sent this on behalf of ${f.contact}: the person asking is not confirmed to be the contact (R-014).`,
  'sender-mismatch': (f: ReasonFacts) =>
    `The message was sent by ${f.email} on behalf of a ${f.customer} address, from outside its domains.`,
  'known-contact-address': (f: ReasonFacts) => `${f.email} is a documented contact address of ${f.customer}.`,
  'unknown-sender': (f: ReasonFacts) =>
    `${f.email} is not associated with any customer and shows no sign of imitating one.`,
  'from-missing': () => 'The message has no usable From address.',
} satisfies Record<string, (facts: ReasonFacts) => string>;

export type ReasonCode = keyof typeof sentences;

export const REASON_CODES = Object.keys(sentences) as ReasonCode[];

export function reason(code: ReasonCode, facts: ReasonFacts = {}): Reason {
  return { code, message: sentences[code](facts) };
}
