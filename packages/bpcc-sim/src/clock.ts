/**
 * The simulator's sense of time. Token expiry and lockout duration read it, so tests can move
 * time forward (`control.advanceClock`) instead of sleeping for an hour.
 */
export interface Clock {
  now(): number;
  advance(ms: number): void;
}

export function createClock(): Clock {
  let offsetMs = 0;
  return {
    now: () => Date.now() + offsetMs,
    advance(ms: number) {
      offsetMs += ms;
    },
  };
}
