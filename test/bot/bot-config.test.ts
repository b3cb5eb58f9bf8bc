import { ConfigError, loadConfig } from '../../src/config';

describe('bot credentials in the configuration', () => {
  const appId = '11111111-2222-3333-4444-555555555555';
  const cases: { name: string; env: Record<string, string>; ok: boolean }[] = [
    { name: 'no app id: local development, authentication off', env: {}, ok: true },
    { name: 'app id with a client secret', env: { BOT_APP_ID: appId, BOT_APP_PASSWORD: 's' }, ok: true },
    {
      name: 'app id with a certificate',
      env: { BOT_APP_ID: appId, BOT_CERT_THUMBPRINT: 'AB12', BOT_CERT_KEY_PATH: 'keys/bot.pem' },
      ok: true,
    },
    { name: 'app id without a credential', env: { BOT_APP_ID: appId }, ok: false },
    {
      name: 'app id with half a certificate',
      env: { BOT_APP_ID: appId, BOT_CERT_THUMBPRINT: 'AB12' },
      ok: false,
    },
  ];
  it.each(cases)('$name', ({ env, ok }) => {
    const load = () => loadConfig(env, {}, '/srv/isms');
    if (ok) expect(load().bot.appId).toBe(env.BOT_APP_ID);
    else expect(load).toThrow(ConfigError);
  });

  it('resolves the key path against the working directory', () => {
    const c = loadConfig(
      { BOT_APP_ID: appId, BOT_CERT_THUMBPRINT: 'AB12', BOT_CERT_KEY_PATH: 'keys/bot.pem' },
      {},
      '/srv/isms',
    );
    expect(c.bot).toMatchObject({ certThumbprint: 'AB12', certKeyPath: '/srv/isms/keys/bot.pem' });
  });
});
