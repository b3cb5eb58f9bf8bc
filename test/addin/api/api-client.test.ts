/**
 * The pane's API client against a real local HTTP server that keeps the /api contract
 * (errors as {error:{code,message}}): every failure maps to one typed ApiFailure.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError, createApiClient } from '../../../src/addin/api/api-client';
import { localTokenProvider } from '../../../src/addin/auth/token-provider';

type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;
let server: Server;
let base: string;
let handler: Handler;
let tokensIssued = 0;
const seen: { method: string; url: string; auth: string | undefined; body: string }[] = [];

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (req.url === '/dev/token') {
        tokensIssued++;
        return json(res, 200, { token: `token-${tokensIssued}` });
      }
      seen.push({ method: req.method!, url: req.url!, auth: req.headers.authorization, body });
      handler(req, body, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  seen.length = 0;
  tokensIssued = 0;
});

const client = (url = base) => createApiClient({ baseUrl: url, tokens: localTokenProvider(url) });
const message = {
  from: null,
  replyTo: [],
  subject: 's',
  bodyText: 'b',
  headers: '',
  internetMessageId: '<m@x>',
};
const failureOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiError) return e.failure;
    throw e;
  }
  throw new Error('expected a failure');
};

describe('api client', () => {
  it('posts the message to /api/verify with the bearer token', async () => {
    handler = (_req, _body, res) => json(res, 200, { verificationId: 'v1' });
    await expect(client().verify(message)).resolves.toEqual({ verificationId: 'v1' });
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/api/verify', auth: 'Bearer token-1' });
    expect(JSON.parse(seen[0]!.body)).toEqual(message);
  });

  it('gets a fresh token once when the server refuses an expired one (401), then succeeds', async () => {
    handler = (req, _body, res) =>
      req.headers.authorization === 'Bearer token-1'
        ? json(res, 401, { error: { code: 'token_expired', message: 'expired' } })
        : json(res, 200, { name: 'Operator', role: 'operator' });
    await expect(client().me()).resolves.toEqual({ name: 'Operator', role: 'operator' });
    expect(seen.map((s) => s.auth)).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it.each([
    [
      401,
      { error: { code: 'invalid_token', message: 'bad signature' } },
      { kind: 'unauthorised', status: 401, code: 'invalid_token' },
    ],
    [
      403,
      { error: { code: 'no_role', message: 'no isms-desk role' } },
      { kind: 'forbidden', status: 403, code: 'no_role' },
    ],
    [
      422,
      { error: { code: 'not_on_file', message: 'number not on file' } },
      { kind: 'http', status: 422, code: 'not_on_file', message: 'number not on file' },
    ],
    [500, 'not json', { kind: 'http', status: 500, code: 'http_500' }],
    [503, { error: { code: 'starting', message: 'starting' } }, { kind: 'unreachable' }],
  ])('maps HTTP %s to a typed failure', async (status, body, expected) => {
    handler = (_req, _b, res) =>
      typeof body === 'string' ? (res.writeHead(status), res.end(body)) : json(res, status, body);
    expect(await failureOf(client().me())).toMatchObject(expected);
  });

  it('reports a server that cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise<void>((r) => closed.close(() => r()));
    expect(
      await failureOf(createApiClient({ baseUrl: url, tokens: { token: async () => 't' } }).me()),
    ).toMatchObject({ kind: 'unreachable' });
  });

  it('finds the ticket of a message by its internetMessageId', async () => {
    const ticket = { id: 't1', number: 'RQ-2026-0001', state: 'new' };
    handler = (_req, _b, res) => json(res, 200, { tickets: [ticket] });
    await expect(client().findTicket('<m@x>')).resolves.toEqual(ticket);
    expect(seen[0]!.url).toBe('/api/tickets?internetMessageId=%3Cm%40x%3E');
  });

  it('posts a call-back and a transition to the ticket', async () => {
    const ticket = { id: 't1', number: 'RQ-2026-0001', state: 'approved' };
    handler = (_req, _b, res) => json(res, 200, ticket);
    await client().recordCallback('t1', { numberCalled: '+49 30 1234567', outcome: 'confirmed' });
    await client().transition('t1', { to: 'approved' });
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      'POST /api/tickets/t1/callbacks',
      'POST /api/tickets/t1/transitions',
    ]);
  });
});
