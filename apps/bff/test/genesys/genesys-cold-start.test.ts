import { afterEach, describe, expect, it } from "vitest";
import { UserSchema } from "@switchboard/contracts";
import { startGenesysHarness, type GenesysHarness } from "../harness.ts";

// A Genesys BFF fresh from start knows no userName → id and has no directory. Its first reads must
// share one light list of names (fields=id,userName), stay within the client's concurrency, and not
// wait for the directory: the user's direct number comes with the user.

let h: GenesysHarness | undefined;
afterEach(async () => h?.close());

const options = { sim: { users: 400 }, client: { pageSize: 25, concurrency: 4 } };

async function someUserNames(count: number): Promise<string[]> {
  const warm = await startGenesysHarness({}, options);
  const { agent } = await warm.signIn("viewer");
  const directory = (await agent.get("/api/directory")).body as { users: Array<{ loginId: string; did: string | null }> };
  await warm.close();
  return directory.users.filter((user) => user.did !== null).map((user) => user.loginId).slice(0, count);
}

describe("a cold Genesys BFF", () => {
  it("answers many first reads from one list of names, within its concurrency, each with its direct number", async () => {
    const names = await someUserNames(30);
    h = await startGenesysHarness({}, { ...options, recordUpstream: true });
    h.sim.control.setLatency({ fixedMs: 15 });
    const viewer = await h.signIn("viewer");
    h.sim.control.resetCallCounts();

    const answers = await Promise.all(names.map((name) => viewer.agent.get(`/api/users/${encodeURIComponent(name)}`)));

    expect(answers.map((res) => res.status)).toEqual(names.map(() => 200));
    for (const res of answers) expect(UserSchema.parse(res.body).did).toMatch(/^\+?\d+$/);
    const lists = h.upstreamCalls().filter((call) => /\/api\/v2\/users\?/.test(call.url));
    // 400 users (the API user among them) in pages of 25: one list, names only; no directory load.
    expect(lists).toHaveLength(16);
    for (const call of lists) expect(decodeURIComponent(call.url)).toContain("fields=id,userName");
    expect(h.sim.control.callCounts()["GET /users/:id"]).toBe(30);
    expect(h.sim.control.inFlight().peak).toBeLessThanOrEqual(4);
  });
});
