/**
 * Microsoft Graph `sendMail` as the operator's mailbox (BCP-6.1: one sender).
 *
 * Each message carries its idempotency key twice: as the RFC 5322 `internetMessageId` and as a
 * single-value extended property (a named string property in our own GUID namespace). When a
 * send's outcome is unknown, the worker asks Sent Items for the property (Graph's documented
 * `$filter` on singleValueExtendedProperties) before sending again.
 * https://learn.microsoft.com/en-us/graph/api/user-sendmail
 * https://learn.microsoft.com/en-us/graph/api/singlevaluelegacyextendedproperty-get
 *
 * Both are allowed on sendMail: the message is a new item, and `internetMessageId` is writable
 * while a message is a draft (message resource: "Updatable only if isDraft = true"); extended
 * properties can be created "in a new or existing resource instance". The check needs the
 * application permission Mail.ReadBasic.All (or Mail.Read) besides Mail.Send.
 *
 * 202 Accepted means handed to Exchange Online, not delivered: recorded as `accepted`.
 */
import {
  classifyStatus,
  GRAPH_MAILBOX_LIMITS,
  parseRetryAfter,
  type CheckOutcome,
  type OutboxMessage,
  type SendOutcome,
} from '../core/outbox';
import { graphErrorText, type GraphHttp } from './graph-http';
import type { MailTransport } from './mail-transport.port';
import { messageIdFor } from './message-identity';

/** Our named property: `String {GUID} Name <name>` (a MAPI named property in the PS_PUBLIC_STRINGS style). */
export const IDEMPOTENCY_PROPERTY_ID =
  'String {4f3c7d2a-9b1e-4c55-8a60-2d7e1f0b9c41} Name IsmsDeskIdempotencyKey';

export interface GraphMailboxTarget {
  baseUrl: string;
  mailbox: string;
}

export const mailboxUrl = (t: GraphMailboxTarget) =>
  `${t.baseUrl.replace(/\/+$/, '')}/users/${encodeURIComponent(t.mailbox)}`;

/** OData string literal: single quotes doubled. */
export const odataString = (s: string) => `'${s.replace(/'/g, "''")}'`;

export class GraphTransport implements MailTransport {
  readonly name = 'graph' as const;
  readonly maxConcurrency = GRAPH_MAILBOX_LIMITS.concurrentRequests;

  constructor(
    private readonly http: GraphHttp,
    private readonly target: GraphMailboxTarget,
    /** Sent Items gets its copy only once Exchange submitted the message: trust "not found" after this. */
    readonly checkGraceMs = 5 * 60_000,
  ) {}

  /** The sendMail request body (JSON): plain text, never HTML. */
  sendMailBody(message: OutboxMessage) {
    return {
      message: {
        subject: message.subject,
        body: { contentType: 'Text', content: message.text },
        toRecipients: message.to.map((r) => ({ emailAddress: { name: r.name, address: r.address } })),
        internetMessageId: messageIdFor(message.idempotencyKey, this.target.mailbox),
        singleValueExtendedProperties: [{ id: IDEMPOTENCY_PROPERTY_ID, value: message.idempotencyKey }],
      },
      saveToSentItems: true,
    };
  }

  async send(message: OutboxMessage, now: Date, signal?: AbortSignal): Promise<SendOutcome> {
    const result = await this.http.request(
      'POST',
      `${mailboxUrl(this.target)}/sendMail`,
      this.sendMailBody(message),
      signal,
    );
    if (result.kind === 'not-sent') return { kind: 'transient', response: result.reason };
    if (result.kind === 'no-answer') return { kind: 'unknown', response: result.reason };
    const { status } = result;
    const cls = classifyStatus(status);
    if (cls === 'sent') {
      return {
        kind: 'sent',
        delivery: 'accepted',
        status,
        response: `HTTP ${status} accepted (request-id ${result.requestId})`,
      };
    }
    const response = `${graphErrorText(status, result.body)} (request-id ${result.requestId})`;
    if (cls === 'permanent') return { kind: 'permanent', status, response };
    return {
      kind: 'transient',
      status,
      retryAfterMs: parseRetryAfter(result.headers.get('retry-after'), now),
      response,
    };
  }

  async check(message: OutboxMessage, now: Date, signal?: AbortSignal): Promise<CheckOutcome> {
    const filter = `singleValueExtendedProperties/Any(ep: ep/id eq ${odataString(IDEMPOTENCY_PROPERTY_ID)} and ep/value eq ${odataString(message.idempotencyKey)})`;
    const url = `${mailboxUrl(this.target)}/mailFolders/sentitems/messages?$filter=${encodeURIComponent(filter)}&$select=id,internetMessageId,sentDateTime&$top=1`;
    const result = await this.http.request('GET', url, undefined, signal);
    if (result.kind !== 'response') return { kind: 'transient', response: result.reason };
    if (result.status !== 200) {
      return {
        kind: 'transient',
        status: result.status,
        retryAfterMs: parseRetryAfter(result.headers.get('retry-after'), now),
        response: graphErrorText(result.status, result.body),
      };
    }
    let found: { id?: string; sentDateTime?: string }[] = [];
    try {
      found = (JSON.parse(result.body) as { value?: { id?: string; sentDateTime?: string }[] }).value ?? [];
    } catch {
      return {
        kind: 'transient',
        status: 200,
        response: 'Sent Items answered with something other than JSON',
      };
    }
    const first = found[0];
    return first
      ? {
          kind: 'found',
          delivery: 'accepted',
          response: `in Sent Items (sent ${first.sentDateTime ?? 'at an unknown time'})`,
        }
      : { kind: 'not-found', response: 'not in Sent Items' };
  }
}
