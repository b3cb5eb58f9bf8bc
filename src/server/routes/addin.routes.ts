/**
 * Static files of the Outlook add-in (/addin: task pane, dev page, icons) and what the pane needs
 * at start (/addin/config.json). The folders are resolved from the code's own location (the
 * bundle in dist/, or the sources under test), never from the working directory.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import express, { type Router } from 'express';
import type { AddinConfig } from '../../addin/auth/addin-config';
import type { Config } from '../../config';

/** The repository (or installed package) root: the nearest folder above with isms-desk's package.json. */
export function packageRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'isms-desk') return dir;
    if (dirname(dir) === dir) throw new Error(`isms-desk's package.json not found above ${from}`);
  }
}

/**
 * Office loads the pane in an iframe of Outlook's own pages, so no frame-ancestors here. Scripts:
 * our own and Office.js from Microsoft's CDN. Fluent UI writes its styles at run time (inline
 * styles). Tokens come through the Office host (nested app authentication) or Entra's endpoints.
 */
export const ADDIN_CSP = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' https://login.microsoftonline.com",
  'frame-src https://login.microsoftonline.com',
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function addinConfig(config: Config): AddinConfig {
  if (config.auth.mode === 'entra') {
    const clientId = config.addin.clientId ?? config.auth.clientId;
    return {
      auth: {
        mode: 'entra',
        clientId,
        authority: `${config.auth.authorityHost}/${config.auth.tenantId}`,
        scopes: [config.addin.apiScope ?? `api://${config.auth.clientId}/access_as_user`],
      },
      timeZone: config.timeZone,
    };
  }
  return { auth: { mode: 'local' }, timeZone: config.timeZone };
}

export function addinRouter(config: Config, root: string = packageRoot()): Router {
  const router = express.Router();
  router.use((_req, res, next) => {
    res.setHeader('Content-Security-Policy', ADDIN_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });
  router.get('/config.json', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(addinConfig(config));
  });
  if (config.auth.mode === 'local') {
    // Development only: the stand-in mailbox of /addin/dev.html reads the sample messages.
    const mailDir = join(root, 'examples', 'mail');
    router.get('/dev/messages', (_req, res) => {
      const files = existsSync(mailDir)
        ? readdirSync(mailDir)
            .filter((f) => f.endsWith('.eml'))
            .sort()
        : [];
      res.setHeader('Cache-Control', 'no-store');
      res.json({ messages: files.map((file) => ({ file, raw: readFileSync(join(mailDir, file), 'utf8') })) });
    });
  } else {
    router.get(['/dev.html', '/dev-host.js'], (_req, res) => {
      res
        .status(404)
        .json({ error: { code: 'not_found', message: 'the development page exists only in local mode' } });
    });
  }
  router.use('/assets', express.static(join(root, 'assets'), { maxAge: '1d' }));
  router.use(express.static(join(root, 'dist', 'addin'), { index: false }));
  router.use((req, res) => {
    res.status(404).json({ error: { code: 'not_found', message: `no add-in file ${req.path}` } });
  });
  return router;
}
