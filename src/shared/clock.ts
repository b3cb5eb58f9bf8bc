/** The clock, injected everywhere outside the core (the core gets `now` as an argument). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock for tests and exercises that only moves when told to. */
export function fixedClock(
  start: Date | string,
): Clock & { set(t: Date | string): void; advance(ms: number): void } {
  let t = new Date(start);
  return {
    now: () => new Date(t),
    set: (next) => {
      t = new Date(next);
    },
    advance: (ms) => {
      t = new Date(t.getTime() + ms);
    },
  };
}
