/**
 * A local fake of the Bot Connector service (the Bot Framework REST API a channel such as Teams
 * exposes at the activity's `serviceUrl`): a real HTTP server that records what the bot sends.
 *   POST /v3/conversations/{conversationId}/activities               send to a conversation
 *   POST /v3/conversations/{conversationId}/activities/{replyToId}   reply to an activity
 *   PUT  /v3/conversations/{conversationId}/activities/{activityId}  update (card in place)
 *   GET  /v3/conversations/{conversationId}/members/{memberId}       Teams member (email, UPN)
 * Answers as the service does: `{ "id": … }` for sends and updates, a ChannelAccount for members,
 * 404 with an ErrorResponse for an unknown member.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedActivity {
  method: 'POST' | 'PUT';
  conversationId: string;
  /** The activity replied to (POST …/activities/{id}) or updated (PUT). */
  activityId?: string;
  /** The id the fake gave this activity. */
  id: string;
  authorization?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever the bot sent
  activity: any;
}

export interface FakeBotConnector {
  serviceUrl: string;
  activities: RecordedActivity[];
  /** Teams members by user id (for TeamsInfo.getMember). */
  members: Map<
    string,
    { id: string; name: string; email: string; userPrincipalName: string; aadObjectId?: string }
  >;
  /** While true, requests are held unanswered (a connector that does not respond). */
  stalled: boolean;
  /** The cards in activities sent (not updates) to a conversation. */
  cardsTo(conversationId: string): unknown[];
  close(): Promise<void>;
}

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (data += c));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });

export async function startFakeBotConnector(): Promise<FakeBotConnector> {
  const activities: RecordedActivity[] = [];
  const members: FakeBotConnector['members'] = new Map();
  let next = 1;
  const fake = { activities, members, stalled: false } as FakeBotConnector;
  const server: Server = createServer((req, res) => {
    if (fake.stalled) return; // held until the server closes its connections
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (parts[0] !== 'v3' || parts[1] !== 'conversations' || !parts[2]) {
        return send(404, { error: { code: 'NotFound', message: `no route ${req.method} ${url.pathname}` } });
      }
      const conversationId = parts[2];
      if (req.method === 'GET' && parts[3] === 'members' && parts[4]) {
        const member = members.get(parts[4]);
        return member
          ? send(200, member)
          : send(404, { error: { code: 'MemberNotFoundInConversation', message: 'member not found' } });
      }
      if (parts[3] === 'activities' && (req.method === 'POST' || req.method === 'PUT')) {
        const activityId = parts[4];
        if (req.method === 'PUT' && !activityId)
          return send(400, { error: { code: 'BadArgument', message: 'no id' } });
        const activity = JSON.parse(await readBody(req)) as unknown;
        const id = req.method === 'PUT' ? activityId! : `activity-${next++}`;
        activities.push({
          method: req.method,
          conversationId,
          ...(activityId ? { activityId } : {}),
          id,
          ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
          activity,
        });
        return send(200, { id });
      }
      return send(404, { error: { code: 'NotFound', message: `no route ${req.method} ${url.pathname}` } });
    })().catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  Object.assign(fake, {
    serviceUrl: `http://127.0.0.1:${port}/`,
    activities,
    members,
    cardsTo: (conversationId: string) =>
      activities
        .filter((a) => a.method === 'POST' && a.conversationId === conversationId)
        .flatMap((a) => (a.activity.attachments ?? []).map((x: { content: unknown }) => x.content)),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  });
  return fake;
}
