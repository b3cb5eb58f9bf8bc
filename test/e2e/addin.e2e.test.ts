/**
 * The Outlook add-in end to end: the real server and the real task pane bundle in Chromium,
 * through the development page's stand-in mailbox. One screenshot per state goes to
 * test-artifacts/addin/, and every state passes axe-core without serious or critical violations.
 */
import type { Page } from 'playwright-core';
import {
  accessibilityProblems,
  MAIL,
  messageIdOf,
  openPane,
  pageErrors,
  screenshot,
  select,
  startAddinE2e,
  verdictFor,
  type AddinE2e,
} from './addin-harness';

jest.setTimeout(90_000);

let e2e: AddinE2e;
let page: Page | undefined;

beforeAll(async () => {
  e2e = await startAddinE2e();
});
afterAll(async () => {
  await e2e?.stop();
});
afterEach(async () => {
  if (page) expect(pageErrors(page)).toEqual([]);
  await page?.close();
  page = undefined;
});

const pane = (p: Page) => p.locator('#taskpane-root');
const open = async (file: string | null, options?: Parameters<typeof openPane>[3]) =>
  (page = await openPane(e2e.browser, e2e.server.url, file, options));

/** Shows the state, saves its picture and checks it with axe. */
async function record(p: Page, name: string): Promise<void> {
  await screenshot(p, name);
  expect(await accessibilityProblems(p)).toEqual([]);
}

describe('verified sender', () => {
  it('R-014 shows who asked, for which customer and what, and logs the ticket in one click', async () => {
    const p = await open(MAIL.verified);
    expect(await verdictFor(p, MAIL.verified)).toBe('verified');
    await expect(
      pane(p).getByText('Jana Schulz is an authorised restore contact of ACME Steuerberatung GmbH.').count(),
    ).resolves.toBe(1);
    await expect(pane(p).locator('[data-testid=request]').innerText()).resolves.toContain(
      '\\\\fs01\\Buchhaltung\\2026',
    );
    // The information bar on the message carries the verdict.
    await expect(p.locator('#notification').innerText()).resolves.toContain(
      'isms-desk: verified — Jana Schulz',
    );
    await record(p, '01-verified');

    await pane(p).getByTestId('log-ticket').click();
    const ticket = pane(p).getByTestId('ticket');
    await ticket.waitFor();
    await expect(ticket.getByTestId('ticket-number').innerText()).resolves.toMatch(/^Ticket RQ-\d{4}-\d{4}$/);
    expect(await pane(p).getByTestId('log-ticket').count()).toBe(0);
    await record(p, '02-verified-ticket-logged');
  });

  it('shows the existing ticket when the message is opened again, instead of offering a second one', async () => {
    const first = await open(MAIL.destructive);
    expect(await verdictFor(first, MAIL.destructive)).toBe('verified');
    await pane(first).getByTestId('log-ticket').click();
    const number = await pane(first).getByTestId('ticket-number').innerText();
    await first.close();
    // Reopened later (a new pane): the ticket is found by the message's internetMessageId.
    const p = await open(MAIL.destructive);
    await verdictFor(p, MAIL.destructive);
    await expect(pane(p).getByTestId('ticket-number').innerText()).resolves.toBe(number);
    expect(await pane(p).getByTestId('log-ticket').count()).toBe(0);
    // Away and back again on the pinned pane: still the same one ticket.
    await select(p, MAIL.newsletter);
    await verdictFor(p, MAIL.newsletter);
    await select(p, MAIL.destructive);
    await verdictFor(p, MAIL.destructive);
    await expect(pane(p).getByTestId('ticket-number').innerText()).resolves.toBe(number);
    await record(p, '03-existing-ticket');
  });
});

describe('call-back required', () => {
  it('R-014 names the contract number and the authorised contacts, records the call-back to a number on file, then approves', async () => {
    const p = await open(MAIL.notAuthorised);
    expect(await verdictFor(p, MAIL.notAuthorised)).toBe('callback-required');
    const info = pane(p).getByTestId('callback-info');
    await expect(info.getByTestId('contract-phone').innerText()).resolves.toBe('+49 30 1234567');
    await expect(info.innerText()).resolves.toMatch(/Jana Schulz[\s\S]*Markus Weber/);
    expect(await info.getByText('Tom Berg').count()).toBe(0);
    // The number called can only be one of those on file.
    const options = await pane(p)
      .getByTestId('callback-number')
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options).toEqual(['+49 30 1234567', '+49 30 1234567-12', '+49 30 1234567-20']);
    await record(p, '04-callback-required');

    await pane(p).getByTestId('callback-number').selectOption('+49 30 1234567-12');
    await pane(p).getByRole('radio', { name: 'Request confirmed' }).check();
    await pane(p).getByTestId('callback-note').fill('Jana Schulz confirmed Tom Berg’s request by phone.');
    await pane(p).getByRole('button', { name: 'Record call-back and log ticket' }).click();
    const ticket = pane(p).getByTestId('ticket');
    await ticket.getByTestId('ticket-callbacks').waitFor();
    await expect(ticket.getByTestId('ticket-callbacks').innerText()).resolves.toContain(
      'Request confirmed · +49 30 1234567-12',
    );
    await record(p, '05-callback-recorded');

    await pane(p).getByTestId('approve').click();
    await pane(p).locator('[data-testid=ticket][data-state=approved]').waitFor();
    await record(p, '06-callback-approved');
  });

  it('R-014 offers no approval before a confirmed call-back', async () => {
    const p = await open(MAIL.noList);
    expect(await verdictFor(p, MAIL.noList)).toBe('callback-required');
    await expect(pane(p).getByTestId('callback-info').innerText()).resolves.toContain(
      'no documented authorised-contact list',
    );
    await pane(p).getByRole('radio', { name: 'No answer' }).check();
    await pane(p).getByRole('button', { name: 'Record call-back and log ticket' }).click();
    await pane(p).getByTestId('ticket-callbacks').waitFor();
    await expect(pane(p).getByTestId('approve').isDisabled()).resolves.toBe(true);
    await expect(pane(p).getByText('Approval needs a confirmed call-back (R-014).').count()).resolves.toBe(1);
    // Nobody answered: the operator escalates, with a reason.
    await pane(p)
      .getByTestId('decision-reason')
      .fill('Contract number not answered twice; asked Elbe Logistik to call back.');
    await pane(p).getByRole('button', { name: 'Escalate' }).click();
    await pane(p).locator('[data-testid=ticket][data-state=escalated]').waitFor();
    expect(await pane(p).getByTestId('approve').count()).toBe(0);
  });
});

describe('suspicious sender', () => {
  it('explains the reasons in plain words and only rejects or escalates, with a reason', async () => {
    const p = await open(MAIL.lookalike);
    expect(await verdictFor(p, MAIL.lookalike)).toBe('suspicious');
    const reasons = await pane(p)
      .locator('[data-testid=reasons] li')
      .evaluateAll((ls) => ls.map((l) => (l as HTMLElement).dataset.code));
    expect(reasons).toContain('lookalike-domain');
    await expect(p.locator('#notification').getAttribute('data-type')).resolves.toBe('errorMessage');
    // Never a one-click approval.
    expect(await pane(p).getByTestId('log-ticket').count()).toBe(0);
    expect(await pane(p).getByTestId('approve').count()).toBe(0);
    await record(p, '07-suspicious');

    await pane(p).getByRole('button', { name: 'Reject' }).click();
    await expect(pane(p).getByText('Give a reason.').count()).resolves.toBe(1);
    await pane(p)
      .getByTestId('decision-reason')
      .fill('Look-alike domain acme-stb.co; Jana Schulz confirmed by phone she sent nothing.');
    await pane(p).getByRole('button', { name: 'Reject' }).click();
    await pane(p).locator('[data-testid=ticket][data-state=rejected]').waitFor();
    await record(p, '08-suspicious-rejected');
  });
});

describe('unknown sender and no request', () => {
  it('says so quietly, with a way to log a ticket anyway', async () => {
    const p = await open(MAIL.newsletter);
    expect(await verdictFor(p, MAIL.newsletter)).toBe('unknown');
    await pane(p).getByTestId('not-request').waitFor();
    expect(await pane(p).getByTestId('log-anyway').count()).toBe(1);
    await record(p, '09-unknown');
  });
});

describe('pinned pane', () => {
  it('follows the selected message on ItemChanged without reloading, and handles no message selected', async () => {
    const p = await open(MAIL.verified);
    await verdictFor(p, MAIL.verified);
    await p.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await select(p, MAIL.dmarcFail);
    expect(await verdictFor(p, MAIL.dmarcFail)).toBe('suspicious');
    await select(p, MAIL.noAuthentication);
    expect(await verdictFor(p, MAIL.noAuthentication)).toBe('callback-required');
    await select(p, null);
    await pane(p).getByTestId('no-item').waitFor();
    await expect(
      p.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
    ).resolves.toBe(true);
    await record(p, '10-no-message-selected');
    await select(p, MAIL.destructive);
    expect(await verdictFor(p, MAIL.destructive)).toBe('verified');
    await expect(
      pane(p)
        .getByText(/asks to delete or overwrite data/)
        .count(),
    ).resolves.toBe(1);
    await record(p, '11-destructive-request');
  });

  it('shows the last selected message when the operator runs through the inbox faster than the server answers', async () => {
    const p = await open(MAIL.verified);
    await verdictFor(p, MAIL.verified);
    await p.evaluate(
      (files) => {
        const standIn = (window as unknown as { __standIn: { select(file: string): void } }).__standIn;
        for (const f of files) standIn.select(f);
      },
      [MAIL.lookalike, MAIL.newsletter, MAIL.noList],
    );
    expect(await verdictFor(p, MAIL.noList)).toBe('callback-required');
    // Answers for the messages passed over arrive late and must not replace it.
    await p.waitForTimeout(500);
    await expect(pane(p).getByTestId('verdict-view').getAttribute('data-message-id')).resolves.toBe(
      messageIdOf(MAIL.noList),
    );
    await expect(p.locator('#notification').innerText()).resolves.toContain('Elbe Logistik');
  });

  it('refreshes on demand (ItemChanged is unreliable in some clients)', async () => {
    const p = await open(MAIL.notRequest);
    expect(await verdictFor(p, MAIL.notRequest)).toBe('verified');
    // Outlook replaces the item without raising the event; the refresh button catches up.
    await p.evaluate(() => {
      const standIn = (window as unknown as { __standIn: { mailbox: { item: unknown; handlers: unknown } } })
        .__standIn;
      const list = document.querySelectorAll<HTMLButtonElement>('#message-list button');
      const target = [...list].find((b) => b.dataset.file?.startsWith('06-'))!;
      standIn.mailbox.handlers = new Map();
      target.click();
    });
    await p.waitForTimeout(200);
    await expect(pane(p).getByTestId('verdict-view').getAttribute('data-message-id')).resolves.toBe(
      messageIdOf(MAIL.notRequest),
    );
    await pane(p).getByTestId('refresh').click();
    expect(await verdictFor(p, '06-unknown-newsletter.eml')).toBe('unknown');
  });
});

describe('email content', () => {
  it('is only ever text: an HTML-only message with script and image shows as plain text', async () => {
    const p = await open(MAIL.htmlOnly);
    let dialogs = 0;
    p.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    expect(await verdictFor(p, MAIL.htmlOnly)).toBe('verified');
    expect(await pane(p).locator('script, img, iframe').count()).toBe(0);
    expect(await p.locator('#reading-body').innerText()).toContain('Postfach von Frau Hahn');
    expect(await p.locator('#reading img, #reading script').count()).toBe(0);
    expect(dialogs).toBe(0);
  });
});

describe('errors', () => {
  it('says so when the server cannot be reached, and retries', async () => {
    const p = await open(null);
    await pane(p).getByTestId('no-item').waitFor();
    await p.route('**/api/**', (route) => route.abort('connectionrefused'));
    await select(p, MAIL.verified);
    await pane(p).locator('[data-testid=error][data-kind=unreachable]').waitFor();
    await record(p, '12-error-unreachable');
    await p.unroute('**/api/**');
    await pane(p).getByRole('button', { name: 'Try again' }).click();
    expect(await verdictFor(p, MAIL.verified)).toBe('verified');
  });

  it('says so when the server refuses the token', async () => {
    // A token the server did not issue: the real server answers 401, the pane retries once, then explains.
    const p = await openPane(e2e.browser, e2e.server.url, null);
    page = p;
    await p.route('**/dev/token', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ token: 'not-a-token' }),
      }),
    );
    await pane(p).getByTestId('no-item').waitFor();
    await select(p, MAIL.verified);
    await pane(p).locator('[data-testid=error][data-kind=unauthorised]').waitFor();
    await record(p, '13-error-token-refused');
  });
});

describe('language and theme follow Outlook', () => {
  it.each([
    ['de-DE', 'dark', MAIL.noList, 'Vor der Wiederherstellung zurückrufen', '14-german-dark'],
    ['en-GB', 'high-contrast', MAIL.dmarcFail, 'Suspicious sender', '15-high-contrast'],
  ] as const)('%s with the %s theme', async (lang, theme, file, title, shot) => {
    const p = await open(file, { lang, theme });
    await verdictFor(p, file);
    await expect(pane(p).getByText(title).count()).resolves.toBe(1);
    await expect(p.locator('[data-theme]').getAttribute('data-theme')).resolves.toBe(theme);
    await record(p, shot);
  });
});

describe('about, privacy and terms (the manifests link here)', () => {
  it('is served and accessible', async () => {
    const p = (page = await e2e.browser.newPage({ viewport: { width: 1000, height: 900 } }));
    const response = await p.goto(`${e2e.server.url}/addin/about.html#privacy`);
    expect(response?.status()).toBe(200);
    await expect(p.locator('#privacy').innerText()).resolves.toBe('Privacy');
    await record(p, '16-about-privacy');
  });
});
