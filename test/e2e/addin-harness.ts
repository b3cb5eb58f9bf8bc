/**
 * End-to-end harness for the add-in: the real server (HTTP, TLS off, free port, its own data
 * folder, seeded from examples/) and Debian's Chromium driven by playwright-core through the
 * development page (/addin/dev.html) with its stand-in mailbox. Never a browser download.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, mkdtempSync, statSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadConfig } from '../../src/config';
import { fixedClock } from '../../src/shared/clock';
import { createLogger } from '../../src/shared/logger';
import { startServer, type RunningServer } from '../../src/server/main';

export const REPO = join(__dirname, '..', '..');
export const ARTIFACTS = join(REPO, 'test-artifacts', 'addin');
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The sample messages in examples/mail, by what they show. */
export const MAIL = {
  verified: '01-acme-verified-restore.eml',
  noList: '02-elbe-callback-no-list.eml',
  notAuthorised: '03-acme-callback-not-authorised.eml',
  lookalike: '04-acme-suspicious-lookalike.eml',
  dmarcFail: '05-northwind-suspicious-dmarc-fail.eml',
  newsletter: '06-unknown-newsletter.eml',
  notRequest: '07-northwind-verified-not-request.eml',
  noAuthentication: '08-sonnenhang-callback-no-authentication.eml',
  destructive: '09-mueller-verified-destructive.eml',
  htmlOnly: '10-praxis-verified-html-only.eml',
} as const;

/** Rebuilds the browser bundles when a source under src/addin is newer than the built pane. */
export function ensureAddinBuilt(): void {
  const built = join(REPO, 'dist', 'addin', 'taskpane.js');
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce(
      (m, e) =>
        Math.max(m, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs),
      0,
    );
  if (!existsSync(built) || statSync(built).mtimeMs < newest(join(REPO, 'src', 'addin'))) {
    execFileSync(process.execPath, [join(REPO, 'scripts', 'build.mjs')], { cwd: REPO, stdio: 'inherit' });
  }
}

export interface AddinE2e {
  server: RunningServer;
  browser: Browser;
  stop(): Promise<void>;
}

export async function startAddinE2e(now = '2026-11-17T08:30:00.000Z'): Promise<AddinE2e> {
  ensureAddinBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'isms-desk-addin-e2e-'));
  const config = loadConfig(
    { TLS: 'off', HOST: '127.0.0.1', LOG_LEVEL: 'silent' },
    { port: 0, dataDir },
    REPO,
  );
  const server = await startServer(config, { clock: fixedClock(now), log: createLogger('silent') });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    server,
    browser,
    async stop() {
      await browser.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface PaneOptions {
  lang?: string;
  theme?: 'light' | 'dark' | 'high-contrast';
}

/** Opens the dev page with `file` selected (or none), as Outlook opens the pane on a message. */
export async function openPane(
  browser: Browser,
  url: string,
  file: string | null,
  options: PaneOptions = {},
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (
      m.type() === 'error' &&
      !/status of 40[13]/.test(m.text()) &&
      !/ERR_CONNECTION_REFUSED|ERR_FAILED/.test(m.text())
    )
      errors.push(m.text());
  });
  (page as Page & { errors: string[] }).errors = errors;
  const q = new URLSearchParams({ lang: options.lang ?? 'en-GB', theme: options.theme ?? 'light' });
  if (file) q.set('message', file);
  // No motion: screenshots and axe's contrast check must see final colours, not a fade in progress.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${url}/addin/dev.html?${q.toString()}`);
  await page.addStyleTag({
    content: '*, *::before, *::after { transition: none !important; animation: none !important; }',
  });
  return page;
}

export const pageErrors = (page: Page): string[] => (page as Page & { errors?: string[] }).errors ?? [];

/** The Message-ID of a sample, as the pane marks the verdict it shows. */
export function messageIdOf(file: string): string {
  const raw = readFileSync(join(REPO, 'examples', 'mail', file), 'utf8');
  return /^Message-ID:\s*(<[^>]+>)/im.exec(raw)![1]!;
}

/** Waits until the pane shows the verdict for `file` (not a previous message's). */
export async function verdictFor(page: Page, file: string): Promise<string> {
  const view = page.locator(`[data-testid=verdict-view][data-message-id="${messageIdOf(file)}"]`);
  await view.waitFor({ timeout: 30_000 });
  return (await view.locator('[data-testid=verdict]').getAttribute('data-verdict')) ?? '';
}

/** Clicks a message in the stand-in inbox: Outlook raises ItemChanged on the pinned pane. */
export async function select(page: Page, file: string | null): Promise<void> {
  if (file) await page.click(`#message-list button[data-file="${file}"]`);
  else await page.click('#select-none');
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  // Let Fluent's transitions settle so the picture shows the final state.
  await page.waitForTimeout(250);
  await page.screenshot({ path });
  return path;
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core on the page; returns the serious and critical violations (id: targets). */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  // evaluate() runs through DevTools, so the page's CSP (no inline scripts) does not block axe.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            c: unknown,
            o: unknown,
          ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.targets.join(', ')}`);
}
