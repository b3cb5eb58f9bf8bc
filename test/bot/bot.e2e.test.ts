/**
 * End to end: real Bot Framework activities posted over HTTP to /api/messages of the real server,
 * replies captured by a local fake Bot Connector at the activities' serviceUrl.
 */
import Database from 'better-sqlite3';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Env } from '../../src/config';
import { startServer, type RunningServer } from '../../src/server/main';
import { fixedClock } from '../../src/shared/clock';
import { createLogger } from '../../src/shared/logger';
import { startFakeBotConnector, type FakeBotConnector } from '../fakes/fake-bot-connector';
import { cardText } from './harness';
import restoreRequest from './fixtures/restore-request.json';

const REPO = join(__dirname, '..', '..');
const operator = {
  id: '29:operator-1',
  name: 'Mara Berger',
  aadObjectId: '00000000-0000-0000-0000-0000000000a1',
};
const botAccount = { id: '28:isms-desk-bot', name: 'isms-desk' };
const chat = { id: 'a:1personal-chat-operator', conversationType: 'personal', tenantId: 'tenant-1' };

let connector: FakeBotConnector;
let dataDir: string;
const servers: RunningServer[] = [];

beforeEach(async () => {
  connector = await startFakeBotConnector();
  connector.members.set(operator.id, {
    ...operator,
    email: 'mara@backupexperts.example',
    userPrincipalName: 'mara@backupexperts.example',
  });
  dataDir = mkdtempSync(join(tmpdir(), 'isms-desk-bot-'));
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await connector.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(env: Env = {}, now = '2026-11-22T09:00:00Z'): Promise<RunningServer> {
  const config = loadConfig(
    { TLS: 'off', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env },
    { port: 0, dataDir },
    REPO,
  );
  const server = await startServer(config, { clock: fixedClock(now), log: createLogger('silent') });
  servers.push(server);
  return server;
}

let seq = 0;
async function post(
  server: RunningServer,
  activity: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  const body = {
    id: `incoming-${++seq}`,
    channelId: 'msteams',
    serviceUrl: connector.serviceUrl,
    timestamp: '2026-11-22T09:00:00.000Z',
    from: operator,
    recipient: botAccount,
    conversation: chat,
    channelData: { tenant: { id: 'tenant-1' } },
    ...activity,
  };
  const res = await fetch(`${server.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  let json: Record<string, unknown> = {};
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    json = { text };
  }
  return { status: res.status, body: json };
}

const install = (server: RunningServer) =>
  post(server, { type: 'conversationUpdate', membersAdded: [botAccount, operator] });

const click = async (
  server: RunningServer,
  verb: string,
  data: Record<string, unknown>,
  replyToId: string,
) => {
  const r = await post(server, {
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId,
    value: { action: { type: 'Action.Execute', verb, data } },
  });
  expect(r.status).toBe(200);
  expect(r.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
  return r.body.value as { actions?: { verb: string; data?: Record<string, unknown> }[] };
};

function outboxRows(noticeId: string): number {
  const db = new Database(join(dataDir, 'isms-desk.db'), { readonly: true });
  try {
    return (
      db.prepare('SELECT COUNT(*) AS n FROM outbox_messages WHERE notice_id = ?').get(noticeId) as {
        n: number;
      }
    ).n;
  } finally {
    db.close();
  }
}
const autoReplyChanges = () => {
  const file = join(dataDir, 'automatic-replies.log');
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).length : 0;
};

describe('POST /api/messages', () => {
  it('install: the welcome reaches the conversation through the Bot Connector', async () => {
    const server = await start();
    expect((await install(server)).status).toBe(200);
    const cards = connector.cardsTo(chat.id);
    expect(cards).toHaveLength(1);
    expect(cardText(cards[0])).toMatch(/Hello! I help with continuity/);
  });

  it('BCP-4.2 absence over HTTP: late notice flagged, preview with return date and emergency contact, confirm queues one message per customer and one automatic-reply change, a second click sends nothing more', async () => {
    const server = await start();
    await install(server);
    await post(server, { type: 'message', text: 'absence' });
    const form = connector.activities.at(-1)!;
    expect(cardText(form.activity.attachments[0].content)).toMatch(/Absence and cover/);

    const preview = await click(
      server,
      'absence.preview',
      {
        startDate: '2026-11-23',
        startTime: '08:00',
        returnDate: '2026-11-28',
        returnTime: '08:00',
        kind: 'planned',
        coverMode: 'solo',
        contactName: 'Mara Berger',
        contactPhone: '+49 170 1234567',
      },
      form.id,
    );
    const shown = cardText(preview);
    expect(shown).toMatch(/Late notice \(BCP-4\.2\)/);
    expect(shown).toContain('Voraussichtliche Rückkehr: Samstag, 28. November 2026, 08:00 Uhr (UTC+01:00)');
    expect(shown).toContain('Vorübergehender Notfallkontakt: Mara Berger, Telefon +49 170 1234567');
    // Updated in place: PUT on the form's message.
    expect(connector.activities.filter((a) => a.method === 'PUT' && a.activityId === form.id)).toHaveLength(
      1,
    );

    const data = preview.actions!.find((a) => a.verb === 'absence.confirm')!.data!;
    const customers = 7; // examples/customers, every one with contacts on file
    await click(server, 'absence.confirm', data, form.id);
    expect(outboxRows(`absence:${data.absenceId as string}`)).toBe(customers);
    expect(autoReplyChanges()).toBe(1);

    const again = await click(server, 'absence.confirm', data, form.id);
    expect(cardText(again)).toMatch(/Nothing was sent again/);
    expect(outboxRows(`absence:${data.absenceId as string}`)).toBe(customers);
    expect(autoReplyChanges()).toBe(1);
  });

  it('a restart between install and a proactive alert still delivers the alert', async () => {
    const first = await start();
    await install(first);
    await first.close();
    servers.splice(0);
    const before = connector.activities.length;

    const second = await start();
    const token = await fetch(`${second.url}/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'operator', name: 'Mara Berger' }),
    }).then((r) => r.json() as Promise<{ token: string }>);
    const created = await fetch(`${second.url}/api/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token.token}` },
      body: JSON.stringify({ message: restoreRequest }),
    });
    expect(created.status).toBe(201);
    const ticket = (await created.json()) as { number: string };

    const alerts = connector.activities.slice(before);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ method: 'POST', conversationId: chat.id });
    const text = cardText(alerts[0]!.activity.attachments[0].content);
    expect(text).toContain(`New restore ticket ${ticket.number}`);
    expect(text).toContain('ACME Steuerberatung GmbH');
    expect(text).toContain('j.schulz@acme-stb.de');
  });

  it('unknown text gets help; with expectReplies the replies come back in the HTTP response', async () => {
    const server = await start();
    const r = await post(server, { type: 'message', text: 'hello?', deliveryMode: 'expectReplies' });
    expect(r.status).toBe(200);
    const activities = r.body.activities as { attachments: { content: unknown }[] }[];
    expect(cardText(activities[0]!.attachments[0]!.content)).toMatch(/didn't understand[\s\S]*absence/);
  });

  const credentials: { name: string; env: () => Env }[] = [
    { name: 'a client secret', env: () => ({ BOT_APP_PASSWORD: 'from-the-environment' }) },
    {
      name: 'a certificate',
      env: () => {
        const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
          type: 'pkcs8',
          format: 'pem',
        });
        const path = join(dataDir, 'bot-key.pem');
        writeFileSync(path, key);
        return { BOT_CERT_THUMBPRINT: 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678', BOT_CERT_KEY_PATH: path };
      },
    },
  ];
  it.each(credentials)(
    'Bot Framework authentication is on with an app id and $name: an unsigned activity is refused',
    async ({ env }) => {
      const server = await start({ BOT_APP_ID: '11111111-2222-3333-4444-555555555555', ...env() });
      // botbuilder writes the refusal to console.error itself; keep the test output readable.
      const consoleError = jest.spyOn(console, 'error').mockImplementation(() => {});
      const r = await post(server, { type: 'message', text: 'help' });
      const logged = consoleError.mock.calls.flat();
      consoleError.mockRestore();
      expect(r.status).toBe(401);
      expect(logged).toContainEqual(expect.objectContaining({ statusCode: 401 }));
      expect(connector.activities).toHaveLength(0);
    },
  );
});
