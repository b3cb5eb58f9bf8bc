/**
 * A local fake of the Microsoft Graph endpoints isms-desk uses, as a real HTTP(S) server that
 * checks requests the way Graph does: paths, `Authorization: Bearer` with a token it issued, the
 * required JSON fields of sendMail and mailboxSettings. It serves the Entra ID token endpoint
 * (client credentials, secret) and the OpenID discovery document MSAL reads, keeps Sent Items
 * (with single-value extended properties, searchable with Graph's `$filter`), counts sendMail
 * calls per idempotency key, enforces Graph's 4 concurrent requests per mailbox, and can be
 * scripted to answer 429 with Retry-After, 503, 400, or to time out (before or after it acted).
 *
 * Reusable by every test that needs Graph (issue 5 outbox, issue 7 bot).
 */
import { constants, createPublicKey, randomBytes, randomUUID, verify, X509Certificate } from 'node:crypto';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

export type Route = 'sendMail' | 'sentItems' | 'mailboxSettings' | 'token';

export type ScriptedAnswer =
  | { status: 429 | 503; retryAfter?: string; code?: string }
  | { status: 400 | 403 | 404 | 408 | 500; code?: string; message?: string }
  /** Never answers; `after`: the request was carried out first (a sent message lands in Sent Items). */
  | { hang: 'before' | 'after' };

export interface SentItem {
  id: string;
  idempotencyKey: string | undefined;
  internetMessageId: string | undefined;
  subject: string;
  body: { contentType: string; content: string };
  toRecipients: { emailAddress: { name?: string; address: string } }[];
  singleValueExtendedProperties: { id: string; value: string }[];
  sentDateTime: string;
  mailbox: string;
}

export interface AutomaticRepliesSetting {
  status: 'disabled' | 'alwaysEnabled' | 'scheduled';
  externalAudience: 'none' | 'contactsOnly' | 'all';
  internalReplyMessage: string;
  externalReplyMessage: string;
  scheduledStartDateTime: { dateTime: string; timeZone: string };
  scheduledEndDateTime: { dateTime: string; timeZone: string };
}

export interface FakeGraphOptions {
  tenantId?: string;
  clientId?: string;
  clientSecret?: string;
  /** The app's registered certificate (PEM): client assertions (RFC 7523) signed with its key are accepted. */
  clientCertificate?: string | Buffer;
  mailboxes?: string[];
  /** Serve HTTPS (MSAL accepts only https authorities). */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** How long a hung request is held before the socket is destroyed. */
  hangMs?: number;
  /** Added latency per sendMail (ms), to make concurrency observable. */
  sendLatencyMs?: number;
  now?: () => Date;
}

const KEY_PROPERTY = /Name IsmsDeskIdempotencyKey$/;

export class FakeGraph {
  readonly tenantId: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly mailboxes: Set<string>;
  /** sendMail calls per idempotency key, whatever the answer (accepted or not). */
  readonly sendMailCalls = new Map<string, number>();
  readonly sentItems: SentItem[] = [];
  /** Times (ms) of accepted sendMail calls, for rate checks. */
  readonly acceptedAt: number[] = [];
  readonly requests: { method: string; path: string; status: number | 'hung' }[] = [];
  readonly automaticReplies = new Map<string, AutomaticRepliesSetting>();
  maxConcurrent = 0;
  tokensIssued = 0;
  private inFlight = new Map<string, number>();
  private readonly tokens = new Set<string>();
  private readonly scripts = new Map<Route, ScriptedAnswer[]>();
  private readonly hung = new Set<ServerResponse>();
  private server: Server | undefined;
  private port = 0;
  private readonly now: () => Date;

  constructor(private readonly options: FakeGraphOptions = {}) {
    this.tenantId = options.tenantId ?? 'contoso-tenant';
    this.clientId = options.clientId ?? 'isms-desk-app';
    this.clientSecret = options.clientSecret ?? 'fake-secret';
    this.mailboxes = new Set((options.mailboxes ?? ['operator@contoso.example']).map((m) => m.toLowerCase()));
    this.now = options.now ?? (() => new Date());
  }

  get origin(): string {
    return `${this.options.tls ? 'https' : 'http'}://127.0.0.1:${this.port}`;
  }
  /** The Graph base URL (GRAPH_BASE_URL). */
  get baseUrl(): string {
    return `${this.origin}/v1.0`;
  }
  /** The authority host (GRAPH_AUTHORITY_HOST). */
  get authorityHost(): string {
    return this.origin;
  }

  async start(): Promise<this> {
    const handler = (req: IncomingMessage, res: ServerResponse) => void this.handle(req, res);
    this.server = this.options.tls
      ? createHttpsServer({ cert: this.options.tls.cert, key: this.options.tls.key }, handler)
      : createHttpServer(handler);
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    for (const res of this.hung) res.destroy();
    this.hung.clear();
    if (!this.server) return;
    const server = this.server;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  /** The next answers for a route, in order; afterwards the route behaves normally again. */
  script(route: Route, ...answers: ScriptedAnswer[]): void {
    this.scripts.set(route, [...(this.scripts.get(route) ?? []), ...answers]);
  }

  /** An access token as the token endpoint would issue it (for tests that inject a token provider). */
  issueToken(): string {
    const token = `fake.${randomBytes(16).toString('hex')}`;
    this.tokens.add(token);
    this.tokensIssued++;
    return token;
  }

  /** Would Graph accept this bearer token (issued here)? */
  acceptsToken(token: string): boolean {
    return this.tokens.has(token);
  }

  /** Messages that reached Sent Items for a key: the "delivered exactly once" count. */
  deliveredCount(key: string): number {
    return this.sentItems.filter((m) => m.idempotencyKey === key).length;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    const path = decodeURIComponent(url.pathname);
    const body = await readBody(req);
    const log = (status: number | 'hung') => this.requests.push({ method: req.method ?? '', path, status });
    const send = (status: number, json?: unknown, headers: Record<string, string> = {}) => {
      log(status);
      res.writeHead(status, {
        'request-id': randomUUID(),
        ...(json === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      });
      res.end(json === undefined ? undefined : JSON.stringify(json));
    };
    const error = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
      send(status, { error: { code, message } }, headers);

    // --- Entra ID: discovery and token endpoint --------------------------------------------
    const tenantPrefix = `/${this.tenantId}`;
    if (req.method === 'GET' && path === `${tenantPrefix}/v2.0/.well-known/openid-configuration`) {
      return send(200, this.openIdConfiguration());
    }
    if (req.method === 'GET' && path === '/common/discovery/instance') {
      return send(200, {
        tenant_discovery_endpoint: `${this.origin}${tenantPrefix}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [{ preferred_network: url.host, preferred_cache: url.host, aliases: [url.host] }],
      });
    }
    if (path === `${tenantPrefix}/oauth2/v2.0/token`) {
      if (req.method !== 'POST') return error(405, 'invalid_request', 'POST only');
      if (await this.scripted('token', req, res, send, error, () => undefined)) return;
      const form = new URLSearchParams(body);
      if (form.get('grant_type') !== 'client_credentials')
        return send(400, { error: 'unsupported_grant_type' });
      if (form.get('client_id') !== this.clientId)
        return send(400, {
          error: 'unauthorized_client',
          error_description: 'AADSTS700016: application not found',
        });
      const assertion = form.get('client_assertion');
      if (assertion !== null) {
        const problem = this.assertionProblem(
          assertion,
          form.get('client_assertion_type'),
          `${this.origin}${url.pathname}`,
        );
        if (problem) return send(401, { error: 'invalid_client', error_description: problem });
      } else if (form.get('client_secret') !== this.clientSecret) {
        return send(401, {
          error: 'invalid_client',
          error_description: 'AADSTS7000215: invalid client secret',
        });
      }
      if (!form.get('scope')?.endsWith('/.default'))
        return send(400, {
          error: 'invalid_scope',
          error_description: 'AADSTS1002012: app-only scopes end in /.default',
        });
      return send(200, {
        token_type: 'Bearer',
        expires_in: 3599,
        ext_expires_in: 3599,
        access_token: this.issueToken(),
      });
    }

    // --- Graph ------------------------------------------------------------------------------
    const auth = req.headers.authorization ?? '';
    const m =
      /^\/v1\.0\/users\/([^/]+)\/(sendMail|mailFolders\/sentitems\/messages|mailboxSettings(?:\/automaticRepliesSetting)?)$/i.exec(
        path,
      );
    if (!m) return error(400, 'BadRequest', `Resource not found for the segment '${path}'.`);
    if (!auth.startsWith('Bearer ') || !this.tokens.has(auth.slice(7))) {
      return error(401, 'InvalidAuthenticationToken', 'Access token is empty or invalid.');
    }
    const mailbox = m[1]!.toLowerCase();
    if (!this.mailboxes.has(mailbox))
      return error(404, 'ErrorInvalidUser', `The requested user '${m[1]}' is invalid.`);
    const resource = m[2]!;

    // Graph: at most 4 concurrent requests per app per mailbox (Outlook service limits).
    const inFlight = (this.inFlight.get(mailbox) ?? 0) + 1;
    this.inFlight.set(mailbox, inFlight);
    this.maxConcurrent = Math.max(this.maxConcurrent, inFlight);
    res.once('close', () => this.inFlight.set(mailbox, (this.inFlight.get(mailbox) ?? 1) - 1));
    if (inFlight > 4)
      return error(429, 'ApplicationThrottled', 'Application is over its MailboxConcurrency limit.', {
        'Retry-After': '1',
      });

    if (resource === 'sendMail') {
      if (req.method !== 'POST')
        return error(405, 'ErrorInvalidRequest', 'The OData request is not supported.');
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        return error(400, 'RequestBodyRead', 'Cannot read the request body as JSON.');
      }
      const problem = sendMailProblem(parsed, req.headers['content-type']);
      if (problem) return error(400, 'ErrorInvalidRequest', problem);
      const message = (
        parsed as { message: Omit<SentItem, 'id' | 'idempotencyKey' | 'sentDateTime' | 'mailbox'> }
      ).message;
      const key = message.singleValueExtendedProperties?.find((p) => KEY_PROPERTY.test(p.id))?.value;
      if (key !== undefined) this.sendMailCalls.set(key, (this.sendMailCalls.get(key) ?? 0) + 1);
      const act = () => {
        this.sentItems.push({
          id: randomUUID(),
          idempotencyKey: key,
          internetMessageId: message.internetMessageId,
          subject: message.subject,
          body: message.body,
          toRecipients: message.toRecipients,
          singleValueExtendedProperties: message.singleValueExtendedProperties ?? [],
          sentDateTime: this.now().toISOString(),
          mailbox,
        });
        this.acceptedAt.push(Date.now());
      };
      if (await this.scripted('sendMail', req, res, send, error, act)) return;
      if (this.options.sendLatencyMs) await new Promise((r) => setTimeout(r, this.options.sendLatencyMs));
      act();
      return send(202);
    }

    if (resource.toLowerCase() === 'mailfolders/sentitems/messages') {
      if (req.method !== 'GET')
        return error(405, 'ErrorInvalidRequest', 'The OData request is not supported.');
      if (await this.scripted('sentItems', req, res, send, error, () => undefined)) return;
      const filter = url.searchParams.get('$filter');
      let items = this.sentItems.filter((i) => i.mailbox === mailbox);
      if (filter) {
        const f =
          /^singleValueExtendedProperties\/Any\(ep: ep\/id eq '((?:[^']|'')*)' and ep\/value eq '((?:[^']|'')*)'\)$/.exec(
            filter,
          );
        if (!f)
          return error(
            400,
            'ErrorInvalidUrlQueryFilter',
            'The query filter contains one or more invalid nodes.',
          );
        const [id, value] = [f[1]!.replace(/''/g, "'"), f[2]!.replace(/''/g, "'")];
        // Graph: the property name in the id is case-sensitive, the string value is not.
        items = items.filter((i) =>
          i.singleValueExtendedProperties.some(
            (p) => p.id === id && p.value.toLowerCase() === value.toLowerCase(),
          ),
        );
      }
      const top = Number(url.searchParams.get('$top') ?? '10');
      return send(200, {
        value: items.slice(0, top).map((i) => ({
          id: i.id,
          internetMessageId: i.internetMessageId,
          sentDateTime: i.sentDateTime,
          subject: i.subject,
        })),
      });
    }

    // mailboxSettings
    if (await this.scripted('mailboxSettings', req, res, send, error, () => undefined)) return;
    const current = this.automaticReplies.get(mailbox) ?? defaultReplies();
    if (req.method === 'GET') {
      const setting = {
        ...current,
        // Exchange keeps reply messages as HTML and answers with a full document.
        internalReplyMessage:
          current.internalReplyMessage &&
          `<html>\n<body>\n${current.internalReplyMessage}\n</body>\n</html>\n`,
        externalReplyMessage:
          current.externalReplyMessage &&
          `<html>\n<body>\n${current.externalReplyMessage}\n</body>\n</html>\n`,
      };
      return resource.toLowerCase().endsWith('automaticrepliessetting')
        ? send(200, setting)
        : send(200, { automaticRepliesSetting: setting, timeZone: 'UTC', language: { locale: 'de-DE' } });
    }
    if (req.method !== 'PATCH' || resource.toLowerCase() !== 'mailboxsettings')
      return error(405, 'ErrorInvalidRequest', 'The OData request is not supported.');
    let parsed: { automaticRepliesSetting?: Partial<AutomaticRepliesSetting> };
    try {
      parsed = JSON.parse(body) as typeof parsed;
    } catch {
      return error(400, 'RequestBodyRead', 'Cannot read the request body as JSON.');
    }
    const change = parsed.automaticRepliesSetting;
    if (!change) return error(400, 'ErrorInvalidRequest', 'automaticRepliesSetting is required.');
    const problem = repliesProblem(change, this.now());
    if (problem) return error(400, 'ErrorInvalidRequest', problem);
    const next = { ...current, ...change } as AutomaticRepliesSetting;
    this.automaticReplies.set(mailbox, next);
    return send(200, { automaticRepliesSetting: next });
  }

  /** Plays the next scripted answer for a route, if any. `act` carries the request out (hang: 'after'). */
  private async scripted(
    route: Route,
    _req: IncomingMessage,
    res: ServerResponse,
    send: (status: number, json?: unknown, headers?: Record<string, string>) => void,
    error: (status: number, code: string, message: string, headers?: Record<string, string>) => void,
    act: () => void,
  ): Promise<boolean> {
    const queue = this.scripts.get(route);
    const answer = queue?.shift();
    if (!answer) return false;
    if ('hang' in answer) {
      if (answer.hang === 'after') act();
      this.requests.push({ method: _req.method ?? '', path: route, status: 'hung' });
      this.hung.add(res);
      setTimeout(() => {
        this.hung.delete(res);
        res.destroy();
      }, this.options.hangMs ?? 30_000).unref();
      return true;
    }
    const headers: Record<string, string> =
      'retryAfter' in answer && answer.retryAfter !== undefined ? { 'Retry-After': answer.retryAfter } : {};
    const defaults: Record<number, [string, string]> = {
      400: ['ErrorInvalidRecipients', 'At least one recipient is not valid.'],
      403: ['ErrorAccessDenied', 'Access is denied. Check credentials and try again.'],
      404: ['ErrorItemNotFound', 'The specified object was not found in the store.'],
      408: ['RequestTimeout', 'The request timed out.'],
      429: ['ApplicationThrottled', 'Application is over its MailboxConcurrency limit.'],
      500: ['InternalServerError', 'An internal server error occurred.'],
      503: ['ServiceUnavailable', 'Service unavailable.'],
    };
    const [code, message] = defaults[answer.status] ?? ['Error', 'error'];
    if (route === 'token') {
      send(answer.status, { error: 'temporarily_unavailable', error_description: message }, headers);
      return true;
    }
    error(
      answer.status,
      answer.code ?? code,
      'message' in answer && answer.message ? answer.message : message,
      headers,
    );
    return true;
  }

  /** Checks a certificate client assertion as Entra ID does: signature, thumbprint, audience, issuer, expiry. */
  private assertionProblem(jwt: string, type: string | null, tokenEndpoint: string): string | undefined {
    if (type !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer')
      return 'AADSTS700024: client_assertion_type is not jwt-bearer';
    if (!this.options.clientCertificate) return 'AADSTS700027: no certificate registered for the application';
    const [h, p, sig] = jwt.split('.');
    if (!h || !p || !sig) return 'AADSTS50027: the client assertion is not a JWT';
    const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as Record<string, string>;
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Record<
      string,
      string | number
    >;
    const cert = new X509Certificate(this.options.clientCertificate);
    const thumbprint = Buffer.from(cert.fingerprint256.replace(/:/g, ''), 'hex').toString('base64url');
    if (header['x5t#S256'] !== thumbprint)
      return 'AADSTS700027: the certificate thumbprint (x5t#S256) is not registered';
    const key = createPublicKey(cert.publicKey.export({ type: 'spki', format: 'pem' }));
    const data = Buffer.from(`${h}.${p}`);
    const signature = Buffer.from(sig, 'base64url');
    const valid =
      header.alg === 'PS256'
        ? verify(
            'sha256',
            data,
            { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST },
            signature,
          )
        : header.alg === 'RS256' && verify('sha256', data, key, signature);
    if (!valid) return 'AADSTS700027: the client assertion signature is not valid';
    if (payload.aud !== tokenEndpoint)
      return `AADSTS700016: the assertion audience ${String(payload.aud)} is not the token endpoint`;
    if (payload.iss !== this.clientId || payload.sub !== this.clientId)
      return 'AADSTS700016: iss and sub must be the client id';
    if (typeof payload.exp !== 'number' || payload.exp * 1000 < Date.now())
      return 'AADSTS700024: the client assertion has expired';
    return undefined;
  }

  private openIdConfiguration() {
    const base = `${this.origin}/${this.tenantId}`;
    return {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      jwks_uri: `${base}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer: `${base}/v2.0`,
      request_uri_parameter_supported: false,
      userinfo_endpoint: `${this.origin}/oidc/userinfo`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'tid'],
      tenant_region_scope: 'EU',
    };
  }
}

function defaultReplies(): AutomaticRepliesSetting {
  return {
    status: 'disabled',
    externalAudience: 'all',
    internalReplyMessage: '',
    externalReplyMessage: '',
    scheduledStartDateTime: { dateTime: '2026-01-01T00:00:00.0000000', timeZone: 'UTC' },
    scheduledEndDateTime: { dateTime: '2026-01-02T00:00:00.0000000', timeZone: 'UTC' },
  };
}

/** The checks Graph applies to a JSON sendMail body (the ones our client could get wrong). */
function sendMailProblem(body: unknown, contentType: string | undefined): string | undefined {
  if (!contentType?.startsWith('application/json'))
    return 'Content-Type must be application/json for a JSON body.';
  const message = (body as { message?: Record<string, unknown> } | null)?.message;
  if (!message || typeof message !== 'object') return "The 'message' parameter is required.";
  const to = message.toRecipients as { emailAddress?: { address?: string } }[] | undefined;
  if (!Array.isArray(to) || to.length === 0) return 'At least one recipient is required (toRecipients).';
  if (to.length > 1000) return 'A message can have at most 1000 recipients.';
  for (const r of to) {
    if (!r.emailAddress?.address || !/^[^\s@]+@[^\s@]+$/.test(r.emailAddress.address))
      return 'At least one recipient is not valid.';
  }
  if (typeof message.subject !== 'string') return "'subject' must be a string.";
  const b = message.body as { contentType?: string; content?: unknown } | undefined;
  if (
    !b ||
    !['text', 'html'].includes(String(b.contentType).toLowerCase()) ||
    typeof b.content !== 'string'
  ) {
    return "'body' needs contentType Text or HTML and a string content.";
  }
  if (
    message.internetMessageId !== undefined &&
    !/^<[^<>\s@]+@[^<>\s@]+>$/.test(String(message.internetMessageId))
  ) {
    return 'The internetMessageId is not in the RFC 5322 msg-id format.';
  }
  const props = message.singleValueExtendedProperties;
  if (props !== undefined) {
    if (!Array.isArray(props)) return 'singleValueExtendedProperties must be a collection.';
    for (const p of props as { id?: unknown; value?: unknown }[]) {
      if (
        typeof p.id !== 'string' ||
        !/^String \{[0-9a-f-]{36}\} Name \S+$/i.test(p.id) ||
        typeof p.value !== 'string'
      ) {
        return 'An extended property id or value is not valid.';
      }
    }
  }
  return undefined;
}

function repliesProblem(s: Partial<AutomaticRepliesSetting>, now: Date): string | undefined {
  if (s.status !== undefined && !['disabled', 'alwaysEnabled', 'scheduled'].includes(s.status))
    return `'${s.status}' is not a valid status.`;
  if (s.externalAudience !== undefined && !['none', 'contactsOnly', 'all'].includes(s.externalAudience))
    return 'externalAudience is not valid.';
  if (s.status === 'scheduled') {
    const start = s.scheduledStartDateTime;
    const end = s.scheduledEndDateTime;
    if (!start?.dateTime || !start.timeZone || !end?.dateTime || !end.timeZone) {
      return 'A scheduled automatic reply needs scheduledStartDateTime and scheduledEndDateTime with dateTime and timeZone.';
    }
    if (start.timeZone !== 'UTC' || end.timeZone !== 'UTC') return 'The fake understands only UTC times.';
    const a = Date.parse(`${start.dateTime}Z`);
    const b = Date.parse(`${end.dateTime}Z`);
    if (Number.isNaN(a) || Number.isNaN(b) || b <= a) return 'The scheduled end must be after the start.';
    if (a < now.getTime() - 60_000) return 'The scheduled start must be in the future.';
  }
  return undefined;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
