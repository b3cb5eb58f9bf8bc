/**
 * The one place where errors become HTTP responses: `{ "error": { "code", "message" } }` with a
 * 4xx/5xx status (api-contract.ts). Handlers throw; express 5 forwards rejected promises here.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import type { Logger } from '../shared/logger';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A refusal from a use case (a coded result); its status comes from DOMAIN_STATUS. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** Status per coded reason; anything not listed is a 422 (understood, but refused by a rule). */
const DOMAIN_STATUS: Record<string, number> = {
  'ticket-not-found': 404,
  'customer-not-found': 404,
  'message-id-required': 400,
  'invalid-transition': 409,
  'ticket-finished': 409,
  'suspicious-reject-or-escalate-only': 409,
  'approval-needs-verification': 409,
  'approval-needs-callback-destructive': 409,
  'callback-denied': 409,
  'reason-required': 422,
  'no-customer': 422,
  'number-invalid': 422,
  'number-not-on-file': 422,
  'customers-invalid': 422,
};

export const domainStatus = (code: string): number => DOMAIN_STATUS[code] ?? 422;

/** Unwraps a coded result or throws it as a DomainError. */
export function unwrap<T>(
  result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } },
): T {
  if (!result.ok) throw new DomainError(result.error.code, result.error.message);
  return result.value;
}

/** Unknown /api routes: a JSON 404, never a catch-all 200. */
export const apiNotFound: RequestHandler = (req) => {
  throw new HttpError(404, 'not-found', `no such API route: ${req.method} ${req.baseUrl}${req.path}`);
};

export function errorHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const send = (status: number, code: string, message: string, details?: unknown) =>
      res.status(status).json({ error: { code, message, ...(details !== undefined ? { details } : {}) } });
    if (error instanceof HttpError) return send(error.status, error.code, error.message);
    if (error instanceof DomainError)
      return send(domainStatus(error.code), error.code, error.message, error.details);
    if (error instanceof ZodError) {
      const message = error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
      return send(400, 'invalid-request', message);
    }
    // body-parser's errors carry a status and a type (entity.too.large, entity.parse.failed, …).
    const status = (error as { status?: unknown }).status;
    const type = (error as { type?: unknown }).type;
    if (typeof status === 'number' && status >= 400 && status < 500 && typeof type === 'string') {
      const messages: Record<string, string> = {
        'entity.too.large': 'the request body is too large',
        'entity.parse.failed': 'the request body is not valid JSON',
        'encoding.unsupported': 'unsupported request body encoding',
      };
      return send(
        status,
        type.replace(/^entity\./, 'body-').replace(/\./g, '-'),
        messages[type] ?? 'the request body cannot be read',
      );
    }
    // Other http-errors style client errors (express.static's 404 for a missing file, 416, …).
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const expose = (error as { expose?: unknown }).expose === true;
      return send(
        status,
        status === 404 ? 'not-found' : `http-${status}`,
        expose ? (error as Error).message : 'the request was refused',
      );
    }
    log.error({ err: error, method: req.method, path: req.path }, 'unhandled error');
    return send(500, 'internal', 'internal error: the server logged the details');
  };
}
