/**
 * One Graph request with an app-only token and a timeout, answered as a typed result: the
 * response, or *where* it failed — before the request went out (safe to resend) or after (the
 * outcome is unknown). Errors are mapped here, once.
 */
import { randomUUID } from 'node:crypto';
import type { TokenProvider } from './token-provider';

export type GraphResult =
  | { kind: 'response'; status: number; headers: Headers; body: string; requestId: string }
  /** The request never reached Graph (no token, connection refused, DNS): nothing happened. */
  | { kind: 'not-sent'; reason: string }
  /** The request went out but no answer came (timeout, connection lost, aborted): outcome unknown. */
  | { kind: 'no-answer'; reason: string };

const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

export interface GraphHttp {
  request(
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    body?: unknown,
    signal?: AbortSignal,
  ): Promise<GraphResult>;
}

export function createGraphHttp(tokens: TokenProvider, timeoutMs: number): GraphHttp {
  return {
    async request(method, url, body, signal) {
      let token: string;
      try {
        token = await tokens.getToken();
      } catch (error) {
        return { kind: 'not-sent', reason: messageOf(error) };
      }
      const clientRequestId = randomUUID();
      const timeout = AbortSignal.timeout(timeoutMs);
      try {
        const response = await fetch(url, {
          method,
          headers: {
            Authorization: `Bearer ${token}`,
            Accept: 'application/json',
            'client-request-id': clientRequestId,
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        });
        const text = await response.text();
        return {
          kind: 'response',
          status: response.status,
          headers: response.headers,
          body: text,
          requestId: response.headers.get('request-id') ?? clientRequestId,
        };
      } catch (error) {
        const code = causeCode(error);
        if (code && NOT_SENT_CODES.has(code))
          return { kind: 'not-sent', reason: `${code}: ${messageOf(error)}` };
        if (timeout.aborted) return { kind: 'no-answer', reason: `no answer within ${timeoutMs} ms` };
        if (signal?.aborted) return { kind: 'no-answer', reason: 'aborted (worker stopping)' };
        return { kind: 'no-answer', reason: `${code ?? 'network error'}: ${messageOf(error)}` };
      }
    },
  };
}

/** Graph's error body `{ error: { code, message } }`, shortened for the record. */
export function graphErrorText(status: number, body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: { code?: string; message?: string } };
    if (parsed.error)
      return `HTTP ${status} ${parsed.error.code ?? ''}: ${parsed.error.message ?? ''}`.trim();
  } catch {
    // not JSON: fall through
  }
  return `HTTP ${status}${body ? ` ${body.slice(0, 200)}` : ''}`;
}

function causeCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: string; errors?: { code?: string }[] } } | undefined)?.cause;
  return cause?.code ?? cause?.errors?.[0]?.code;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
