/**
 * The fake Graph refuses what Graph refuses, so a test that passes against it means our requests
 * are well-formed (and a test of the bot that reuses it can fail for the right reason).
 */
import { FakeGraph } from '../fakes/fake-graph';

let graph: FakeGraph;
let token: string;
beforeAll(async () => {
  graph = await new FakeGraph({
    mailboxes: ['operator@contoso.example'],
    now: () => new Date('2026-12-01T09:00:00Z'),
  }).start();
  token = graph.issueToken();
});
afterAll(() => graph.close());

const message = (overrides: Record<string, unknown> = {}) => ({
  message: {
    subject: 'Hallo',
    body: { contentType: 'Text', content: 'Grüße' },
    toRecipients: [{ emailAddress: { address: 'a@b.example' } }],
    ...overrides,
  },
});

async function call(method: string, path: string, body?: unknown, auth: string | null = `Bearer ${token}`) {
  const res = await fetch(`${graph.baseUrl}${path}`, {
    method,
    headers: {
      ...(auth ? { Authorization: auth } : {}),
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return {
    status: res.status,
    code: text ? (JSON.parse(text) as { error?: { code?: string } }).error?.code : undefined,
  };
}

const sendMail = '/users/operator@contoso.example/sendMail';
const settings = '/users/operator@contoso.example/mailboxSettings';
const scheduled = (start: string, end: string) => ({
  automaticRepliesSetting: {
    status: 'scheduled',
    scheduledStartDateTime: { dateTime: start, timeZone: 'UTC' },
    scheduledEndDateTime: { dateTime: end, timeZone: 'UTC' },
  },
});

const cases: [string, string, string, unknown, string | null | undefined, number, string | undefined][] = [
  ['a well-formed sendMail', 'POST', sendMail, message(), undefined, 202, undefined],
  ['no Authorization header', 'POST', sendMail, message(), null, 401, 'InvalidAuthenticationToken'],
  [
    'a token it never issued',
    'POST',
    sendMail,
    message(),
    'Bearer forged',
    401,
    'InvalidAuthenticationToken',
  ],
  [
    'an unknown mailbox',
    'POST',
    '/users/nobody@contoso.example/sendMail',
    message(),
    undefined,
    404,
    'ErrorInvalidUser',
  ],
  [
    'a wrong path',
    'POST',
    '/users/operator@contoso.example/sendmessage',
    message(),
    undefined,
    400,
    'BadRequest',
  ],
  ['no message', 'POST', sendMail, { subject: 'x' }, undefined, 400, 'ErrorInvalidRequest'],
  ['no recipients', 'POST', sendMail, message({ toRecipients: [] }), undefined, 400, 'ErrorInvalidRequest'],
  [
    'a body without contentType',
    'POST',
    sendMail,
    message({ body: { content: 'x' } }),
    undefined,
    400,
    'ErrorInvalidRequest',
  ],
  [
    'an internetMessageId without angle brackets',
    'POST',
    sendMail,
    message({ internetMessageId: 'abc@x' }),
    undefined,
    400,
    'ErrorInvalidRequest',
  ],
  [
    'a malformed extended property id',
    'POST',
    sendMail,
    message({ singleValueExtendedProperties: [{ id: 'key', value: 'v' }] }),
    undefined,
    400,
    'ErrorInvalidRequest',
  ],
  [
    'a scheduled reply without times',
    'PATCH',
    settings,
    { automaticRepliesSetting: { status: 'scheduled' } },
    undefined,
    400,
    'ErrorInvalidRequest',
  ],
  [
    'an unknown reply status',
    'PATCH',
    settings,
    { automaticRepliesSetting: { status: 'on' } },
    undefined,
    400,
    'ErrorInvalidRequest',
  ],
  [
    'a schedule that starts in the past',
    'PATCH',
    settings,
    scheduled('2026-11-01T00:00:00', '2026-12-05T00:00:00'),
    undefined,
    400,
    'ErrorInvalidRequest',
  ],
  [
    'a schedule in the future',
    'PATCH',
    settings,
    scheduled('2026-12-02T00:00:00', '2026-12-05T00:00:00'),
    undefined,
    200,
    undefined,
  ],
];

it.each(
  cases.map(([name, method, path, body, auth, status, code]) => ({
    name,
    method,
    path,
    body,
    auth,
    status,
    code,
  })),
)('$name → HTTP $status', async ({ method, path, body, auth, status, code }) => {
  const r = await call(method, path, body, auth === undefined ? `Bearer ${token}` : auth);
  expect(r).toEqual({ status, code });
});
