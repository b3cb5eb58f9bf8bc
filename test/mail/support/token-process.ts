/**
 * Asks the MSAL token provider, configured from the environment like the server, for a Graph
 * token twice (the second from MSAL's cache) and prints the outcome as JSON. A separate process
 * because the fake token endpoint is HTTPS with a test CA (NODE_EXTRA_CA_CERTS) — MSAL refuses
 * http authorities.
 */
import { loadConfig } from '../../../src/config';
import { MsalTokenProvider } from '../../../src/mail/token-provider';

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.mail.transport !== 'graph') throw new Error('MAIL_TRANSPORT=graph expected');
  const tokens = new MsalTokenProvider(config.mail);
  try {
    const first = await tokens.getToken();
    const second = await tokens.getToken();
    process.stdout.write(JSON.stringify({ ok: true, token: first, cached: first === second }));
  } catch (error) {
    process.stdout.write(
      JSON.stringify({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  }
}

void main();
