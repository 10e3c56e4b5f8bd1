import { describe, expect, it } from "vitest";
import { computeRefreshDelayMs, createTokenManager, type IssuedToken } from "./token-manager.ts";

function createFakeEndpoint(expiresInSeconds = 3600) {
  let issued = 0;
  const fetchToken = async (): Promise<IssuedToken> => {
    issued += 1;
    return { accessToken: `t${issued}`, expiresInSeconds };
  };
  return { fetchToken, count: () => issued };
}

describe("token manager", () => {
  it("shares one fetch between every caller waiting at the same time", async () => {
    const endpoint = createFakeEndpoint();
    const tokens = createTokenManager({ fetchToken: endpoint.fetchToken });
    const results = await Promise.all(Array.from({ length: 50 }, () => tokens.getToken()));
    expect(new Set(results)).toEqual(new Set(["t1"]));
    expect(endpoint.count()).toBe(1);
  });

  it("refreshes at 90 % of a one-hour lifetime, not on expiry", async () => {
    let clock = 0;
    const endpoint = createFakeEndpoint(3600);
    const tokens = createTokenManager({ fetchToken: endpoint.fetchToken, now: () => clock });
    expect(await tokens.getToken()).toBe("t1");
    clock = 3_239_999;
    expect(await tokens.getToken()).toBe("t1");
    clock = 3_240_000;
    expect(await tokens.getToken()).toBe("t2");
    expect(endpoint.count()).toBe(2);
  });

  it("refreshes a minute early when that comes first, and keeps half of a very short lifetime", () => {
    expect(computeRefreshDelayMs(3600)).toBe(3_240_000);
    expect(computeRefreshDelayMs(300)).toBe(240_000);
    expect(computeRefreshDelayMs(30)).toBe(15_000);
  });

  it("drops a refused token but keeps a newer one fetched meanwhile", async () => {
    const endpoint = createFakeEndpoint();
    const tokens = createTokenManager({ fetchToken: endpoint.fetchToken });
    const first = await tokens.getToken();
    tokens.invalidate(first);
    expect(await tokens.getToken()).toBe("t2");
    tokens.invalidate(first);
    expect(await tokens.getToken()).toBe("t2");
    expect(endpoint.count()).toBe(2);
  });

  it("does not cache a failed fetch: the next caller tries again", async () => {
    let attempts = 0;
    const tokens = createTokenManager({
      fetchToken: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error("upstream down");
        return { accessToken: "t-ok", expiresInSeconds: 3600 };
      },
    });
    await expect(tokens.getToken()).rejects.toThrow("upstream down");
    expect(await tokens.getToken()).toBe("t-ok");
  });
});
