/**
 * Configuration, parsed and validated once at boot into a frozen typed object (STYLE.md #10).
 * This is the only file that reads process.env. Secrets come only from the environment.
 */
import { resolve } from 'node:path';
import { z } from 'zod';

const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('localhost'),
  DATA_DIR: z.string().default('./data'),
  DB_PATH: optional,
  CUSTOMERS_DIR: optional,
  RISK_REGISTER: optional,
  OPERATOR_TIME_ZONE: z.string().default('Europe/Berlin'),
  PUBLIC_URL: optional,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `dev`: generated localhost certificates (Office needs HTTPS); `off`: plain HTTP; `files`: TLS_CERT/TLS_KEY. */
  TLS: z.enum(['dev', 'off', 'files']).default('dev'),
  TLS_CERT: optional,
  TLS_KEY: optional,
  /** Entra ID (production auth of /api/*). Without a tenant the local issuer is used. */
  ENTRA_TENANT_ID: optional,
  ENTRA_CLIENT_ID: optional,
  ENTRA_OPERATOR_ROLE: z.string().default('Operator'),
  ENTRA_COVER_ROLE: z.string().default('Cover'),
  /** Entra ID authority (tests point it at a local fake) and the API's Application ID URI when not api://<client id>. */
  ENTRA_AUTHORITY_HOST: z.string().url().default('https://login.microsoftonline.com'),
  ENTRA_AUDIENCE: optional,
  /** Outgoing mail: `file` (.eml files, the default) or `graph`. */
  MAIL_TRANSPORT: z.enum(['file', 'graph']).default('file'),
  GRAPH_TENANT_ID: optional,
  GRAPH_CLIENT_ID: optional,
  GRAPH_CLIENT_SECRET: optional,
  GRAPH_CERT_PATH: optional,
  GRAPH_CERT_THUMBPRINT: optional,
  GRAPH_BASE_URL: z.string().default('https://graph.microsoft.com/v1.0'),
  GRAPH_AUTHORITY_HOST: z.string().default('https://login.microsoftonline.com'),
  OPERATOR_MAILBOX: optional,
  MAIL_RATE_PER_MINUTE: z.coerce.number().positive().default(25),
  /** Bot Framework: without an app id, bot auth is off (local development only). */
  BOT_APP_ID: optional,
  BOT_APP_PASSWORD: optional,
  BOT_TENANT_ID: optional,
  /** Instead of BOT_APP_PASSWORD: a certificate on the bot's Entra app (thumbprint + PEM private key file). */
  BOT_CERT_THUMBPRINT: optional,
  BOT_CERT_KEY_PATH: optional,
  /** Continuity (issue 7): who signs customer notices, and BCP-4.2's "in advance" as a lead time in days (at least 2). */
  ORGANISATION_NAME: z.string().default('BackupExperts'),
  CONTINUITY_NOTICE_LEAD_DAYS: z.coerce.number().int().min(2).max(60).default(7),
  /** Outlook add-in (issue 6): the add-in's own Entra app (nested app authentication) and the API scope it asks for. */
  ADDIN_CLIENT_ID: optional,
  ENTRA_API_SCOPE: optional,
  /** App package ids (GUIDs): the Microsoft 365 app and the add-in-only XML manifest. Dev defaults when unset. */
  APP_ID: z.string().uuid().default('6f1c8a52-3d4e-4b7a-9c21-5e8f0a7b3d61'),
  ADDIN_ID: z.string().uuid().default('b0d7e3f4-8a21-4c6e-9f35-2d1a6c4e8b07'),
});

export type Env = Record<string, string | undefined>;

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  dbPath: string;
  customersDir: string;
  riskRegisterFile: string;
  timeZone: string;
  publicUrl: string | undefined;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  tls: { mode: 'dev' | 'off' | 'files'; certFile?: string; keyFile?: string };
  auth:
    | { mode: 'local' }
    | {
        mode: 'entra';
        tenantId: string;
        clientId: string;
        operatorRole: string;
        coverRole: string;
        /** https://login.microsoftonline.com (issuer {host}/{tid}/v2.0, keys {host}/{tid}/discovery/v2.0/keys). */
        authorityHost: string;
        /** Accepted token audiences: the client id and the Application ID URI. */
        audiences: string[];
      };
  mail:
    | { transport: 'file'; outboxDir: string; ratePerMinute: number; mailbox: string }
    | {
        transport: 'graph';
        tenantId: string;
        clientId: string;
        clientSecret?: string;
        certPath?: string;
        certThumbprint?: string;
        baseUrl: string;
        authorityHost: string;
        mailbox: string;
        ratePerMinute: number;
      };
  bot: {
    appId?: string;
    appPassword?: string;
    tenantId?: string;
    certThumbprint?: string;
    certKeyPath?: string;
  };
  continuity: { organisation: string; noticeLeadDays: number };
  addin: { clientId?: string; apiScope?: string; appId: string; addinId: string };
}

export class ConfigError extends Error {}

/** Command-line overrides (`--port`, `--data`, `--db`) win over the environment. */
export interface ConfigOverrides {
  port?: number;
  dataDir?: string;
  dbPath?: string;
  tls?: 'dev' | 'off' | 'files';
}

export function loadConfig(
  env: Env = process.env,
  overrides: ConfigOverrides = {},
  cwd = process.cwd(),
): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration in the environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(cwd, overrides.dataDir ?? e.DATA_DIR);
  const dbPath = resolve(cwd, overrides.dbPath ?? e.DB_PATH ?? `${dataDir}/isms-desk.db`);
  try {
    new Intl.DateTimeFormat('en', { timeZone: e.OPERATOR_TIME_ZONE });
  } catch {
    throw new ConfigError(
      `OPERATOR_TIME_ZONE: "${e.OPERATOR_TIME_ZONE}" is not an IANA time zone (e.g. Europe/Berlin)`,
    );
  }
  const tlsMode = overrides.tls ?? e.TLS;
  if (tlsMode === 'files' && (!e.TLS_CERT || !e.TLS_KEY)) {
    throw new ConfigError('TLS=files needs TLS_CERT and TLS_KEY (paths to PEM files)');
  }
  if (e.ENTRA_TENANT_ID && !e.ENTRA_CLIENT_ID) {
    throw new ConfigError('ENTRA_TENANT_ID is set but ENTRA_CLIENT_ID (the API application id) is missing');
  }
  const auth: Config['auth'] =
    e.ENTRA_TENANT_ID && e.ENTRA_CLIENT_ID
      ? {
          mode: 'entra',
          tenantId: e.ENTRA_TENANT_ID,
          clientId: e.ENTRA_CLIENT_ID,
          operatorRole: e.ENTRA_OPERATOR_ROLE,
          coverRole: e.ENTRA_COVER_ROLE,
          authorityHost: e.ENTRA_AUTHORITY_HOST.replace(/\/+$/, ''),
          audiences: [e.ENTRA_CLIENT_ID, e.ENTRA_AUDIENCE ?? `api://${e.ENTRA_CLIENT_ID}`],
        }
      : { mode: 'local' };
  let mail: Config['mail'];
  if (e.MAIL_TRANSPORT === 'graph') {
    const missing = (['GRAPH_TENANT_ID', 'GRAPH_CLIENT_ID', 'OPERATOR_MAILBOX'] as const).filter(
      (k) => !e[k],
    );
    if (!e.GRAPH_CLIENT_SECRET && !e.GRAPH_CERT_PATH)
      missing.push('GRAPH_CLIENT_SECRET or GRAPH_CERT_PATH' as never);
    if (missing.length > 0) throw new ConfigError(`MAIL_TRANSPORT=graph needs ${missing.join(', ')}`);
    // Exchange Online sends at most 30 messages a minute per mailbox (src/core/outbox/limits.ts).
    if (e.MAIL_RATE_PER_MINUTE > 30) {
      throw new ConfigError(
        'MAIL_RATE_PER_MINUTE: Exchange Online allows at most 30 messages a minute; use 30 or less',
      );
    }
    mail = {
      transport: 'graph',
      tenantId: e.GRAPH_TENANT_ID!,
      clientId: e.GRAPH_CLIENT_ID!,
      clientSecret: e.GRAPH_CLIENT_SECRET,
      certPath: e.GRAPH_CERT_PATH,
      certThumbprint: e.GRAPH_CERT_THUMBPRINT,
      baseUrl: e.GRAPH_BASE_URL.replace(/\/+$/, ''),
      authorityHost: e.GRAPH_AUTHORITY_HOST.replace(/\/+$/, ''),
      mailbox: e.OPERATOR_MAILBOX!,
      ratePerMinute: e.MAIL_RATE_PER_MINUTE,
    };
  } else {
    // The local outbox's From: the operator's mailbox if known, else a reserved address (RFC 2606).
    mail = {
      transport: 'file',
      outboxDir: `${dataDir}/outbox`,
      ratePerMinute: e.MAIL_RATE_PER_MINUTE,
      mailbox: e.OPERATOR_MAILBOX ?? 'operator@isms-desk.example',
    };
  }
  if (e.BOT_APP_ID && !e.BOT_APP_PASSWORD && !(e.BOT_CERT_THUMBPRINT && e.BOT_CERT_KEY_PATH)) {
    throw new ConfigError(
      'BOT_APP_ID is set but its credential is missing: BOT_APP_PASSWORD, or BOT_CERT_THUMBPRINT with BOT_CERT_KEY_PATH',
    );
  }
  return Object.freeze({
    port: overrides.port ?? e.PORT,
    host: e.HOST,
    dataDir,
    dbPath,
    customersDir: resolve(cwd, e.CUSTOMERS_DIR ?? 'examples/customers'),
    riskRegisterFile: resolve(cwd, e.RISK_REGISTER ?? 'examples/risk-register.md'),
    timeZone: e.OPERATOR_TIME_ZONE,
    publicUrl: e.PUBLIC_URL,
    logLevel: e.LOG_LEVEL,
    tls: { mode: tlsMode, certFile: e.TLS_CERT, keyFile: e.TLS_KEY },
    auth,
    mail,
    bot: {
      appId: e.BOT_APP_ID,
      appPassword: e.BOT_APP_PASSWORD,
      tenantId: e.BOT_TENANT_ID,
      certThumbprint: e.BOT_CERT_THUMBPRINT,
      certKeyPath: e.BOT_CERT_KEY_PATH ? resolve(cwd, e.BOT_CERT_KEY_PATH) : undefined,
    },
    continuity: { organisation: e.ORGANISATION_NAME, noticeLeadDays: e.CONTINUITY_NOTICE_LEAD_DAYS },
    addin: { clientId: e.ADDIN_CLIENT_ID, apiScope: e.ENTRA_API_SCOPE, appId: e.APP_ID, addinId: e.ADDIN_ID },
  });
}
