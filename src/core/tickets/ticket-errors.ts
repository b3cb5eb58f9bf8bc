/** Coded reasons a ticket operation is refused; the HTTP boundary maps each code to a status. */
export type TicketErrorCode =
  | 'invalid-transition'
  | 'reason-required'
  | 'suspicious-reject-or-escalate-only'
  | 'approval-needs-verification'
  | 'approval-needs-callback-destructive'
  | 'callback-denied'
  | 'no-customer'
  | 'number-invalid'
  | 'number-not-on-file'
  | 'ticket-finished'
  | 'callback-time-invalid';

export interface TicketError {
  code: TicketErrorCode;
  message: string;
}

export type Result<T, E = TicketError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = (code: TicketErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
