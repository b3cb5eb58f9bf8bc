/** The local development issuer: a key generated once and kept in <data>/keys; tokens checked like real ones. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { LocalIssuer } from '../../../src/server/auth/local-issuer';
import { VerifiedTokenCache } from '../../../src/server/auth/verified-token-cache';
import { fixedClock } from '../../../src/shared/clock';
import { tempDir } from '../../support/temp-dir';

const dataDir = tempDir('isms-desk-issuer-');
let n = 0;
const newId = () => `kid-${++n}`;

describe('local issuer', () => {
  it('keeps its key across restarts (tokens stay valid), readable by the owner only', async () => {
    const clock = fixedClock('2026-03-02T08:00:00Z');
    const first = await LocalIssuer.open(dataDir, clock, newId);
    const token = await first.issue('cover', 'Chris Cover');
    const second = await LocalIssuer.open(dataDir, clock, newId);
    const outcome = await second.verify(token);
    expect(outcome).toMatchObject({ ok: true, principal: { name: 'Chris Cover', role: 'cover' } });
    expect(statSync(join(dataDir, 'keys', 'local-issuer.json')).mode & 0o777).toBe(0o600);
  });

  it('refuses its own token once it has expired (12 h), even from the cache', async () => {
    const clock = fixedClock('2026-03-02T08:00:00Z');
    const issuer = new VerifiedTokenCache(await LocalIssuer.open(dataDir, clock, newId), clock);
    const token = await (await LocalIssuer.open(dataDir, clock, newId)).issue('operator');
    expect((await issuer.verify(token)).ok).toBe(true);
    clock.advance(13 * 3_600_000);
    const outcome = await issuer.verify(token);
    expect(!outcome.ok && outcome.failure).toMatchObject({ status: 401, code: 'token-expired' });
  });

  it("refuses another data folder's tokens (another key)", async () => {
    const clock = fixedClock('2026-03-02T08:00:00Z');
    const other = await LocalIssuer.open(tempDir('isms-desk-issuer-other-'), clock, newId);
    const mine = await LocalIssuer.open(dataDir, clock, newId);
    const outcome = await mine.verify(await other.issue('operator'));
    expect(!outcome.ok && outcome.failure.code).toBe('token-signature');
  });
});
