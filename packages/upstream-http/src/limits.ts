/**
 * A client's retry budget. Without a signal one call costs at most `(retries + 1) * timeoutMs +
 * retries * maxBackoffMs`, plus the time queued behind `concurrency` other calls; a caller that must
 * answer sooner passes a signal.
 */
export type UpstreamLimits = {
  readonly timeoutMs: number;
  readonly retries: number;
  readonly maxBackoffMs: number;
  readonly concurrency: number;
};

/** Only the four budget figures of a client's settings, frozen: never its credentials. */
export function pickLimits(settings: UpstreamLimits): UpstreamLimits {
  const { timeoutMs, retries, maxBackoffMs, concurrency } = settings;
  return Object.freeze({ timeoutMs, retries, maxBackoffMs, concurrency });
}
