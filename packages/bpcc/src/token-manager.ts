/** A token as the token endpoint issued it. */
export type IssuedToken = { accessToken: string; expiresInSeconds: number };

export type TokenManager = {
  /** The cached token, or one fresh fetch shared by every caller waiting at that moment. */
  getToken(): Promise<string>;
  /** Forgets `token` after the upstream refused it; a newer token fetched meanwhile is kept. */
  invalidate(token: string): void;
};

export type TokenManagerDeps = {
  fetchToken: () => Promise<IssuedToken>;
  now?: () => number;
};

export function createTokenManager({ fetchToken, now = Date.now }: TokenManagerDeps): TokenManager {
  let cached: { token: string; refreshAt: number } | undefined;
  let inflight: Promise<string> | undefined;

  async function fetchAndCache(): Promise<string> {
    const issuedAt = now();
    const issued = await fetchToken();
    cached = { token: issued.accessToken, refreshAt: issuedAt + computeRefreshDelayMs(issued.expiresInSeconds) };
    return issued.accessToken;
  }

  return {
    getToken() {
      if (cached && now() < cached.refreshAt) return Promise.resolve(cached.token);
      inflight ??= fetchAndCache().finally(() => {
        inflight = undefined;
      });
      return inflight;
    },
    invalidate(token) {
      if (cached?.token === token) cached = undefined;
    },
  };
}

/**
 * Refresh at 90 % of the lifetime or a minute before expiry, whichever comes first, so that a
 * token never dies in flight; but keep at least half the lifetime, or a short-lived token would
 * be fetched again on every call.
 */
export function computeRefreshDelayMs(expiresInSeconds: number): number {
  const seconds = Math.max(Math.min(expiresInSeconds * 0.9, expiresInSeconds - 60), expiresInSeconds * 0.5);
  return Math.floor(seconds * 1000);
}
