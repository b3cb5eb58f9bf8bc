/**
 * The bot's flows through the real activity handler on botbuilder's TestAdapter: commands,
 * absence and cover (BCP-4.1, BCP-4.2, BCP-5.3), `back` (BCP-5.4), ticket alerts (BCP-3.2).
 */
import { cardOf, cardText, createHarness } from './harness';
import { sampleTickets } from './sample-tickets';

const operator = { id: 'op-1', name: 'Mara Berger' };
const cover = { id: 'cover-1', name: 'Jonas Keller' };

/** The form as filled in: 5 days from tomorrow 08:00 (Berlin), with a cover technician. */
const fiveDaysWithCover = {
  startDate: '2026-11-23',
  startTime: '08:00',
  returnDate: '2026-11-28',
  returnTime: '08:00',
  kind: 'planned',
  coverMode: 'technician',
  contactName: 'Jonas Keller',
  contactPhone: '+49 170 7654321',
  contactEmail: 'j.keller@cover-it.example',
};

describe('commands', () => {
  const cases: { name: string; text: string; expect: RegExp; card: boolean }[] = [
    {
      name: 'help lists the commands',
      text: 'help',
      expect: /absence[\s\S]*back[\s\S]*tickets[\s\S]*disruption[\s\S]*risks/,
      card: true,
    },
    {
      name: 'a channel mention before the command is ignored',
      text: '<at>isms-desk</at> help',
      expect: /what I can do/,
      card: true,
    },
    {
      name: 'unknown text gets help, never silence',
      text: 'what is the weather',
      expect: /didn't understand[\s\S]*absence/,
      card: true,
    },
    { name: 'an empty message gets help', text: '', expect: /didn't understand/, card: true },
    {
      name: 'disruption says it comes in a later part',
      text: 'disruption',
      expect: /Disruption updates come in a later part/,
      card: false,
    },
    {
      name: 'risks says it comes in a later part',
      text: 'Risks',
      expect: /Risk reminders come in a later part/,
      card: false,
    },
    {
      name: 'tickets shows the open queue',
      text: 'tickets',
      expect: /Open restore tickets: 0[\s\S]*No open restore tickets/,
      card: true,
    },
    {
      name: 'absence opens the form',
      text: 'absence',
      expect: /Absence and cover[\s\S]*Expected return/,
      card: true,
    },
  ];
  it.each(cases)('$name', async ({ text, expect: pattern, card }) => {
    const h = createHarness();
    const replies = await h.say(text, operator);
    expect(replies).toHaveLength(1);
    const shown = card ? cardText(cardOf(replies[0])) : (replies[0]?.text ?? '');
    expect(shown).toMatch(pattern);
  });

  it('stores the conversation reference on every message (for proactive alerts)', async () => {
    const h = createHarness();
    await h.say('help', operator);
    const stored = h.conversations.personal();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ userName: 'Mara Berger' });
    expect(JSON.parse(stored[0]!.reference)).toMatchObject({
      conversation: { id: expect.any(String) },
      serviceUrl: expect.any(String),
    });
  });

  it('welcomes once on install and stores the conversation', async () => {
    const h = createHarness();
    const replies = await h.turn({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'bot', name: 'isms-desk' }],
      recipient: { id: 'bot', name: 'isms-desk' },
      from: operator,
    });
    expect(replies).toHaveLength(1);
    expect(cardText(cardOf(replies[0]))).toMatch(/Hello! I help with continuity/);
    expect(h.conversations.personal()).toHaveLength(1);
  });

  it('onTurnError tells the user without leaking internals', async () => {
    const h = createHarness();
    h.tickets.failing = true;
    const replies = await h.say('tickets', operator);
    expect(replies.map((r) => r.text)).toEqual([
      'Sorry, something went wrong on my side. It has been logged; please try again, or type "help".',
    ]);
    expect(JSON.stringify(replies)).not.toMatch(/SQLITE|secret/);
  });
});

describe('absence and cover', () => {
  it('BCP-4.2 a 5-day absence entered 1 day before it starts: late notice flagged, preview names return date and emergency contact; confirming queues one message per customer and one automatic-reply change; a second click sends nothing more', async () => {
    const h = createHarness('2026-11-22T09:00:00Z');
    const form = cardOf((await h.say('absence', operator))[0])!;
    expect(form.actions?.[0]?.verb).toBe('absence.preview');

    const preview = await h.click('absence.preview', fiveDaysWithCover, operator);
    const text = cardText(preview);
    expect(text).toMatch(/Late notice \(BCP-4\.2\): it was due by 16 Nov 2026, 08:00 \(UTC\+01:00\)/);
    expect(text).toContain('Voraussichtliche Rückkehr: Samstag, 28. November 2026, 08:00 Uhr (UTC+01:00)');
    expect(text).toContain('Expected return: Saturday, 28 November 2026, 08:00 (UTC+01:00)');
    expect(text).toContain('Jonas Keller, Telefon +49 170 7654321, E-Mail j.keller@cover-it.example');
    expect(text).toMatch(/German notice — 2 customers[\s\S]*English notice — 1 customer/);
    // Universal Actions: the clicked card is replaced in place.
    expect(h.adapter.updates.at(-1)).toMatchObject({ id: 'card-message-1' });
    expect(h.outbox.messages).toHaveLength(0);

    const confirm = preview.actions!.find((a) => a.verb === 'absence.confirm')!;
    const done = await h.click('absence.confirm', confirm.data!, operator);
    expect(cardText(done)).toMatch(/Absence confirmed[\s\S]*3 customers, one message each/);
    expect(cardText(done)).toMatch(/No contact on file, so no notice for: Leer GmbH/);
    expect(h.outbox.messages.map((m) => [m.customerId, m.language, m.to.length])).toEqual([
      ['acme', 'de', 2],
      ['weber', 'de', 1],
      ['nordlicht', 'en', 1],
    ]);
    const absenceId = confirm.data!.absenceId;
    expect(h.outbox.messages.map((m) => m.idempotencyKey)).toEqual(
      ['acme', 'weber', 'nordlicht'].map((c) => `absence:${absenceId}:${c}`),
    );
    expect(h.autoReply.changes).toHaveLength(1);
    expect(h.autoReply.changes[0]).toMatchObject({
      op: 'set',
      request: {
        start: '2026-11-23T07:00:00.000Z',
        end: '2026-11-28T07:00:00.000Z',
        timeZone: 'Europe/Berlin',
      },
    });

    const again = await h.click('absence.confirm', confirm.data!, operator);
    expect(cardText(again)).toMatch(/already sent[\s\S]*Nothing was sent again/);
    expect(h.outbox.enqueueCalls).toBe(1);
    expect(h.outbox.messages).toHaveLength(3);
    expect(h.autoReply.changes).toHaveLength(1);
  });

  it('BCP-4.1 the solo posture: notice and automatic reply say restores are best-effort until return', async () => {
    const h = createHarness('2026-11-10T09:00:00Z');
    const preview = await h.click(
      'absence.preview',
      {
        ...fiveDaysWithCover,
        coverMode: 'solo',
        contactName: 'Mara Berger',
        contactPhone: '0170 1234567',
        contactEmail: '',
      },
      operator,
    );
    const text = cardText(preview);
    expect(text).not.toMatch(/Late notice/);
    expect(text).toMatch(/the notice is due by 16 Nov 2026, 08:00 \(UTC\+01:00\)/);
    expect(text).toContain(
      'Restore-Anfragen werden bis zur Rückkehr nur nach bestem Bemühen (best effort) bearbeitet.',
    );
    expect(text).toContain('Vorübergehender Notfallkontakt: Mara Berger, Telefon +49 170 1234567');
    await h.click('absence.confirm', preview.actions![0]!.data!, operator);
    const change = h.autoReply.changes[0];
    expect(change?.op === 'set' && change.request.externalMessage).toMatch(/best-effort basis only/);
  });

  const invalid: { name: string; data: Record<string, string>; message: RegExp }[] = [
    {
      name: 'a return before the start',
      data: { ...fiveDaysWithCover, returnDate: '2026-11-20' },
      message: /return must be after the start/,
    },
    {
      name: 'R-006 a cover technician without email',
      data: { ...fiveDaysWithCover, contactEmail: '' },
      message: /cover technician needs an email/,
    },
    {
      name: 'BCP-4.2 no emergency phone',
      data: { ...fiveDaysWithCover, contactPhone: '' },
      message: /valid phone number/,
    },
  ];
  it.each(invalid)(
    'returns the form with the problem for $name, keeping what was typed',
    async ({ data, message }) => {
      const h = createHarness();
      const card = await h.click('absence.preview', data, operator);
      expect(cardText(card)).toMatch(message);
      expect(JSON.stringify(card)).toContain('"value":"Jonas Keller"');
      expect(h.absences.open(h.clock.now())).toBeUndefined();
    },
  );

  it('"Change" brings the form back with what was entered; the old preview can no longer be sent', async () => {
    const h = createHarness();
    const preview = await h.click('absence.preview', fiveDaysWithCover, operator);
    const data = preview.actions!.find((a) => a.verb === 'absence.edit')!.data!;
    const form = await h.click('absence.edit', data, operator);
    const json = JSON.stringify(form);
    for (const [key, value] of Object.entries({
      ...fiveDaysWithCover,
      contactEmail: 'j.keller@cover-it.example',
    })) {
      expect(json).toContain(`"id":"${key}"`);
      expect(json).toContain(`"value":"${value}"`);
    }
    expect(cardText(await h.click('absence.confirm', data, operator))).toMatch(
      /was discarded[\s\S]*Nothing was sent\./,
    );
    expect(h.outbox.messages).toHaveLength(0);
  });

  it('discard sends nothing, and a later confirm of the same card sends nothing', async () => {
    const h = createHarness();
    const preview = await h.click('absence.preview', fiveDaysWithCover, operator);
    const data = preview.actions![0]!.data!;
    expect(cardText(await h.click('absence.discard', data, operator))).toMatch(/Absence discarded/);
    expect(cardText(await h.click('absence.confirm', data, operator))).toMatch(/was discarded/);
    expect(h.outbox.messages).toHaveLength(0);
    expect(h.autoReply.changes).toHaveLength(0);
  });

  it('BCP-5.3 a failing mailbox is reported on the card, without internals', async () => {
    const h = createHarness();
    h.autoReply.fail = true;
    const preview = await h.click('absence.preview', fiveDaysWithCover, operator);
    const done = cardText(await h.click('absence.confirm', preview.actions![0]!.data!, operator));
    expect(done).toMatch(/automatic reply is NOT set: set it by hand/);
    expect(done).not.toMatch(/503|secret/);
    expect(h.outbox.messages).toHaveLength(3);
  });

  it('only one absence at a time: `absence` shows the planned one', async () => {
    const h = createHarness();
    const preview = await h.click('absence.preview', fiveDaysWithCover, operator);
    await h.click('absence.confirm', preview.actions![0]!.data!, operator);
    expect(cardText(cardOf((await h.say('absence', operator))[0]))).toMatch(/already planned[\s\S]*"back"/);
  });
});

describe('back', () => {
  it('BCP-5.4 ends the absence, clears the automatic reply and posts the queue by urgency with missed windows', async () => {
    const h = createHarness('2026-11-22T09:00:00Z');
    const preview = await h.click('absence.preview', fiveDaysWithCover, operator);
    await h.click('absence.confirm', preview.actions![0]!.data!, operator);
    h.clock.set('2026-11-26T10:00:00Z');
    h.tickets.tickets = sampleTickets;
    const card = cardOf((await h.say('back', operator))[0]);
    const text = cardText(card);
    expect(h.autoReply.changes.map((c) => c.op)).toEqual(['set', 'clear']);
    expect(text).toMatch(/Welcome back: 3 open restore tickets/);
    expect(text.indexOf('RQ-2026-0002')).toBeLessThan(text.indexOf('RQ-2026-0003'));
    expect(text.indexOf('RQ-2026-0003')).toBeLessThan(text.indexOf('RQ-2026-0001'));
    expect(text).toMatch(
      /Response window missed \(was due 25 Nov 2026, 13:00 \(UTC\+01:00\), 22 hours ago\): nonconformity \(BCP-5\.4\)/,
    );
    expect(text).toMatch(/Missed response windows: 1/);
    expect(h.absences.open(h.clock.now())).toBeUndefined();
  });

  it('before the absence begins, `back` cancels it and reminds that customers have the notice', async () => {
    const h = createHarness('2026-11-22T09:00:00Z');
    const preview = await h.click('absence.preview', fiveDaysWithCover, operator);
    await h.click('absence.confirm', preview.actions![0]!.data!, operator);
    const text = cardText(cardOf((await h.say('back', operator))[0]));
    expect(text).toMatch(/Absence cancelled: 0 open restore tickets/);
    expect(text).toMatch(/were sent the notice for this absence/);
    expect(h.autoReply.changes.map((c) => c.op)).toEqual(['set', 'clear']);
  });

  it('says so when there is no absence to end', async () => {
    const h = createHarness();
    expect(cardText(cardOf((await h.say('back', operator))[0]))).toMatch(/No absence to end/);
    expect(h.autoReply.changes).toHaveLength(0);
  });
});

describe('ticket alerts', () => {
  async function duringAbsence(coverInTeams: boolean) {
    const h = createHarness('2026-11-22T09:00:00Z');
    await h.say('help', operator);
    if (coverInTeams) {
      await h.say('help', cover, 'cover-conversation');
      h.conversations.save(
        {
          ...h.conversations.personal().find((c) => c.conversationId === 'cover-conversation')!,
          email: 'j.keller@cover-it.example',
        },
        h.clock.now(),
      );
    }
    const preview = await h.click('absence.preview', fiveDaysWithCover, operator);
    await h.click('absence.confirm', preview.actions![0]!.data!, operator);
    h.clock.set('2026-11-24T09:00:00Z');
    return h;
  }

  const cases: {
    name: string;
    ticket: (typeof sampleTickets)[number];
    coverInTeams: boolean;
    teams: number;
    coverEmail: boolean;
  }[] = [
    {
      name: 'BCP-3.2 a normal verified ticket goes to the operator only',
      ticket: sampleTickets[0]!,
      coverInTeams: true,
      teams: 1,
      coverEmail: false,
    },
    {
      name: 'BCP-3.2 a suspicious urgent ticket also pages the cover in Teams',
      ticket: sampleTickets[1]!,
      coverInTeams: true,
      teams: 2,
      coverEmail: false,
    },
    {
      name: 'BCP-3.2 without the app, the cover is paged by email through the outbox',
      ticket: sampleTickets[1]!,
      coverInTeams: false,
      teams: 1,
      coverEmail: true,
    },
  ];
  it.each(cases)('$name', async ({ ticket, coverInTeams, teams, coverEmail }) => {
    const h = await duringAbsence(coverInTeams);
    const before = h.outbox.messages.length;
    await h.flows.ticketCreated(ticket);
    expect(h.proactive.sent).toHaveLength(teams);
    const toOperator = h.proactive.sent.find((s) => s.conversationId !== 'cover-conversation')!;
    expect(cardText(toOperator.card)).toContain(`New restore ticket ${ticket.number}`);
    expect(cardText(toOperator.card)).toContain(ticket.requester.address);
    if (teams === 2)
      expect(cardText(h.proactive.sent.find((s) => s.conversationId === 'cover-conversation')!.card)).toMatch(
        /as cover while Mara Berger is away/,
      );
    const mails = h.outbox.messages.slice(before);
    expect(mails.map((m) => m.to[0]!.address)).toEqual(coverEmail ? ['j.keller@cover-it.example'] : []);
    if (coverEmail)
      expect(mails[0]).toMatchObject({
        idempotencyKey: `ticket-alert:${ticket.id}:cover:j.keller@cover-it.example`,
        customerId: null,
      });
  });

  it('an alert is delivered once per recipient, and a failed delivery can be retried', async () => {
    const h = await duringAbsence(false);
    const [conversation] = h.conversations.personal();
    h.proactive.failFor.add(conversation!.conversationId);
    await h.flows.ticketCreated(sampleTickets[0]!);
    expect(h.proactive.sent).toHaveLength(0);
    h.proactive.failFor.clear();
    await h.flows.ticketCreated(sampleTickets[0]!);
    await h.flows.ticketCreated(sampleTickets[0]!);
    expect(h.proactive.sent).toHaveLength(1);
  });

  it('BCP-3.2 when Teams does not take the cover alert, the cover is paged by email', async () => {
    const h = await duringAbsence(true);
    h.proactive.failFor.add('cover-conversation');
    await h.flows.ticketCreated(sampleTickets[1]!);
    expect(h.proactive.sent.map((s) => s.conversationId)).not.toContain('cover-conversation');
    expect(h.outbox.messages.at(-1)).toMatchObject({ to: [{ address: 'j.keller@cover-it.example' }] });
  });

  it('BCP-4.3 the cover sees the queue but cannot plan or end absences', async () => {
    const h = await duringAbsence(true);
    const replies = await h.say('back', cover, 'cover-conversation');
    expect(replies[0]?.text).toMatch(/You are the cover contact/);
    expect(h.autoReply.changes.map((c) => c.op)).toEqual(['set']);
    expect(cardText(cardOf((await h.say('tickets', cover, 'cover-conversation'))[0]))).toMatch(
      /Open restore tickets/,
    );
  });
});
