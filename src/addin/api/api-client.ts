/**
 * The task pane's client for /api/* (src/server/api-contract.ts). Every failure becomes one typed
 * ApiFailure, mapped here once; components only ever see those.
 */
import type {
  CallbackRequest,
  CreateTicketRequest,
  MeResponse,
  TicketDto,
  TicketListResponse,
  TransitionRequest,
  VerifyRequest,
  VerifyResponse,
} from '../../server/api-contract';
import type { TokenProvider } from '../auth/token-provider';

export type ApiFailure =
  | { kind: 'unreachable'; message: string }
  | { kind: 'unauthorised'; status: 401; code: string; message: string }
  | { kind: 'forbidden'; status: 403; code: string; message: string }
  | { kind: 'http'; status: number; code: string; message: string };

export class ApiError extends Error {
  constructor(readonly failure: ApiFailure) {
    super(failure.message);
  }
}

export interface ApiClient {
  me(): Promise<MeResponse>;
  verify(message: VerifyRequest): Promise<VerifyResponse>;
  createTicket(request: CreateTicketRequest): Promise<TicketDto>;
  findTicket(internetMessageId: string): Promise<TicketDto | null>;
  recordCallback(ticketId: string, request: CallbackRequest): Promise<TicketDto>;
  transition(ticketId: string, request: TransitionRequest): Promise<TicketDto>;
}

export interface ApiClientOptions {
  /** '' for the same origin as the pane. */
  baseUrl: string;
  tokens: TokenProvider;
  fetch?: typeof fetch;
}

const isTicket = (value: unknown): value is TicketDto =>
  typeof value === 'object' && value !== null && 'number' in value && 'state' in value && 'id' in value;

export function createApiClient(options: ApiClientOptions): ApiClient {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function send(method: string, path: string, body?: unknown, retried = false): Promise<unknown> {
    let token: string;
    try {
      token = await options.tokens.token(retried);
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw new ApiError({
        kind: 'unauthorised',
        status: 401,
        code: 'sign_in_failed',
        message: messageOf(error),
      });
    }
    let response: Response;
    try {
      response = await doFetch(`${options.baseUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new ApiError({ kind: 'unreachable', message: messageOf(error) });
    }
    const payload: unknown = await response.json().catch(() => undefined);
    if (response.ok) return payload;
    // An expired token is refused once with 401: get a fresh one and try again, once.
    if (response.status === 401 && !retried) return send(method, path, body, true);
    const error = (payload as { error?: { code?: string; message?: string } } | undefined)?.error;
    const code = error?.code ?? `http_${response.status}`;
    const message = error?.message ?? response.statusText ?? `HTTP ${response.status}`;
    if (response.status === 401) throw new ApiError({ kind: 'unauthorised', status: 401, code, message });
    if (response.status === 403) throw new ApiError({ kind: 'forbidden', status: 403, code, message });
    if (response.status === 502 || response.status === 503 || response.status === 504)
      throw new ApiError({ kind: 'unreachable', message });
    throw new ApiError({ kind: 'http', status: response.status, code, message });
  }

  async function findTicket(internetMessageId: string): Promise<TicketDto | null> {
    const list = (await send(
      'GET',
      `/api/tickets?internetMessageId=${encodeURIComponent(internetMessageId)}`,
    )) as TicketListResponse;
    return list?.tickets?.[0] ?? null;
  }

  /** Mutations answer with the ticket; should a route answer with something else, read it back. */
  async function ticketAfter(
    ticketId: string,
    response: unknown,
    internetMessageId?: string,
  ): Promise<TicketDto> {
    if (isTicket(response)) return response;
    const wrapped = (response as { ticket?: unknown } | undefined)?.ticket;
    if (isTicket(wrapped)) return wrapped;
    const found = internetMessageId ? await findTicket(internetMessageId) : null;
    if (found && found.id === ticketId) return found;
    throw new ApiError({
      kind: 'http',
      status: 500,
      code: 'unexpected_response',
      message: 'unexpected answer',
    });
  }

  return {
    me: async () => (await send('GET', '/api/me')) as MeResponse,
    verify: async (message) => (await send('POST', '/api/verify', message)) as VerifyResponse,
    createTicket: async (request) => {
      const response = await send('POST', '/api/tickets', request);
      return ticketAfter('', response, request.message.internetMessageId);
    },
    findTicket,
    recordCallback: async (ticketId, request) =>
      ticketAfter(
        ticketId,
        await send('POST', `/api/tickets/${encodeURIComponent(ticketId)}/callbacks`, request),
      ),
    transition: async (ticketId, request) =>
      ticketAfter(
        ticketId,
        await send('POST', `/api/tickets/${encodeURIComponent(ticketId)}/transitions`, request),
      ),
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
