/** Restore-request detection (stub: replaced by the phrase-table engine). */
import type { InboundMessage } from '../mail/inbound-message';
import type { Detection } from '../verification/verification-result';

export function detectRequest(_message: InboundMessage): Detection {
  return { isRestoreRequest: false, kind: null, signals: [], request: null };
}
