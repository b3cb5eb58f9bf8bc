/**
 * Remembers tokens that verified, until they expire: a signature check costs far more than a
 * request's real work, and the add-in sends the same token for an hour. Only successes are kept;
 * a hit is re-checked against the clock. Bounded (oldest entries dropped), per process — a cache,
 * not state: a restarted or second instance simply verifies again.
 */
import type { Clock } from '../../shared/clock';
import type { AuthOutcome, TokenVerifier } from './principal';

export class VerifiedTokenCache implements TokenVerifier {
  private readonly verified = new Map<string, Extract<AuthOutcome, { ok: true }>>();

  constructor(
    private readonly inner: TokenVerifier,
    private readonly clock: Clock,
    private readonly capacity = 1_000,
  ) {}

  get mode() {
    return this.inner.mode;
  }

  async verify(token: string): Promise<AuthOutcome> {
    const now = this.clock.now().getTime();
    const hit = this.verified.get(token);
    if (hit && hit.expiresAt > now) return hit;
    if (hit) this.verified.delete(token);
    const outcome = await this.inner.verify(token);
    if (outcome.ok) {
      if (this.verified.size >= this.capacity) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, outcome);
    }
    return outcome;
  }
}
