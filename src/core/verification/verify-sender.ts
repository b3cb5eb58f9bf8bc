/** Sender verification (stub: replaced by the full verifier). */
import type { CustomerDirectory } from '../customers/customer-directory';
import type { InboundMessage } from '../mail/inbound-message';
import type { VerificationResult } from './verification-result';

export function verifySender(_message: InboundMessage, _directory: CustomerDirectory): VerificationResult {
  return { verdict: 'unknown', customerId: null, reasons: [], callback: null };
}
