/** A customer of the operator, as its onboarding document describes it (../shared/DESIGN.md, "Customers"). */
export type Language = 'de' | 'en';

export interface Contact {
  name: string;
  /** Normalised: lower case, IDN domain in ASCII (punycode), no trailing dot. */
  email: string;
  phone?: string;
  role?: string;
  /** on the customer's documented authorised-contact list for restores. */
  restore: boolean;
}

export interface Customer {
  /** Stable slug. */
  id: string;
  name: string;
  /** Normalised mail domains (lower case, ASCII/punycode, no trailing dot). */
  domains: string[];
  /** The known number from the service contract (R-014 call-back). */
  contractPhone: string;
  contacts: Contact[];
  /** BCP-5.1: contractual response window for restore requests, in hours. */
  responseHours?: number;
  /** Language of customer-facing texts. */
  language: Language;
  notes?: string;
}

/** the customer's documented authorised-contact list (empty means "no documented list"). */
export const authorisedContacts = (customer: Customer): Contact[] =>
  customer.contacts.filter((c) => c.restore);

export const hasDocumentedList = (customer: Customer): boolean => customer.contacts.some((c) => c.restore);
