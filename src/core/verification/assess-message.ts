/**
 * The one entry point the server, the add-in API and the CLI call: detection (is it a restore or
 * destructive request, and what does it ask for) and sender verification, together.
 */
import type { CustomerDirectory } from '../customers/customer-directory';
import type { InboundMessage } from '../mail/inbound-message';
import type { MessageAssessment } from './verification-result';
import { detectRequest, type DetectOptions } from '../detection/detect-request';
import { verifySender } from './verify-sender';
import { headerFields } from './header-fields';

export type AssessOptions = Pick<DetectOptions, 'timeZone'>;

export function assessMessage(
  message: InboundMessage,
  directory: CustomerDirectory,
  options: AssessOptions = {},
): MessageAssessment {
  const fields = headerFields(message.headers); // parsed once for both
  return {
    detection: detectRequest(message, { timeZone: options.timeZone, headerFields: fields }),
    verification: verifySender(message, directory, fields),
  };
}
