import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PASSWORD, SAME_ORIGIN, startHarness, type Harness } from "../harness.ts";
import { ROUTES, isStateChanging, routeName, seedAdminJob, type RouteRow } from "./route-table.ts";
import { auditCount, expectProblem, send, setCookieNamed, upstreamCalls } from "./support.ts";

// Guarantee 4: a change needs the session's CSRF token and a same-origin request; otherwise 403 and
// nothing happens. Sign-in is guarded against login CSRF. JSON routes refuse other bodies (415).
// No GET changes anything.

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ directoryTtlMs: 0 });
  await seedAdminJob(h);
});
afterAll(async () => h.close());

/** What a change could touch: the accounts, the login sessions, the upstream. */
async function observableState() {
  return {
    accounts: await h.accounts.list(),
    sessions: await h.db.all("SELECT id_hash, username FROM sessions ORDER BY id_hash"),
    upstream: upstreamCalls(h),
  };
}

const changes = ROUTES.filter((row) => isStateChanging(row) && row.access.kind !== "public");

const refusedWays: [string, (token: string) => Record<string, string>][] = [
  ["no CSRF token", () => ({ ...SAME_ORIGIN })],
  ["a wrong CSRF token", (token) => ({ ...SAME_ORIGIN, "X-CSRF-Token": `${token.slice(0, -2)}xx` })],
  ["another session's CSRF token", () => ({ ...SAME_ORIGIN, "X-CSRF-Token": "bm90LXRoaXMtc2Vzc2lvbnMtdG9rZW4tYXQtYWxsLXJlYWxseQ" })],
  ["a cross-site Origin", (token) => ({ Origin: "https://evil.example", "X-CSRF-Token": token })],
  ["Origin: null (a sandboxed frame)", (token) => ({ Origin: "null", "X-CSRF-Token": token })],
  ["no Origin and no Sec-Fetch-Site", (token) => ({ "X-CSRF-Token": token })],
  ["Sec-Fetch-Site: cross-site", (token) => ({ "Sec-Fetch-Site": "cross-site", "X-CSRF-Token": token })],
  ["Sec-Fetch-Site: same-site (a sibling subdomain)", (token) => ({ "Sec-Fetch-Site": "same-site", "X-CSRF-Token": token })],
  ["a same-origin Origin but Sec-Fetch-Site: cross-site", (token) => ({ Origin: h.baseUrl, "Sec-Fetch-Site": "cross-site", "X-CSRF-Token": token })],
];

describe("a change without the CSRF token or from another site", () => {
  const cases = changes.flatMap((row) => refusedWays.map(([way, headers]) => [`${routeName(row)} with ${way}`, row, headers] as const));

  it.each(cases)("%s: 403 and nothing changes", async (_name, row, headers) => {
    const { agent, csrfToken } = await h.signIn("admin");
    const before = await observableState();
    const res = await send(agent, row, headers(csrfToken));
    expectProblem(res, 403);
    expect(await observableState()).toEqual(before);
  });

  it.each(changes.map((row) => [routeName(row), row] as const))("%s gets past the checks with both (the control)", async (_name, row) => {
    const { agent, csrfToken } = await h.signIn("admin");
    const res = await send(agent, row, { Origin: h.baseUrl, "X-CSRF-Token": csrfToken });
    expect(res.status, res.text).not.toBe(403);
  });
});

describe("sign-in (login CSRF)", () => {
  const crossSite: [string, Record<string, string>][] = [
    ["a cross-site Origin", { Origin: "https://evil.example" }],
    ["no Origin and no Sec-Fetch-Site", {}],
    ["Sec-Fetch-Site: cross-site", { "Sec-Fetch-Site": "cross-site" }],
    ["Sec-Fetch-Site: same-site", { "Sec-Fetch-Site": "same-site" }],
  ];

  it.each(crossSite)("with %s is refused before any session is made", async (_name, headers) => {
    const before = await observableState();
    const res = await h.request().post("/api/session").set(headers).send({ username: "admin", password: PASSWORD });
    expectProblem(res, 403);
    expect(setCookieNamed(res, "switchboard_session")).toBeUndefined();
    expect(await observableState()).toEqual(before);
  });
});

describe("bodies a cross-site form could send", () => {
  const bodies: [string, (req: ReturnType<typeof send>) => ReturnType<typeof send>][] = [
    ["text/plain", (req) => req.set("Content-Type", "text/plain").send('{"username":"admin"}')],
    ["a form", (req) => req.type("form").send("username=admin&password=x")],
    ["multipart", (req) => req.field("username", "admin").field("password", "x")],
  ];
  const jsonRoutes: RouteRow[] = ROUTES.filter(isStateChanging);

  it.each(jsonRoutes.flatMap((row) => bodies.map(([kind, attach]) => [`${routeName(row)} with ${kind}`, row, attach] as const)))(
    "%s: 415, and nothing changes",
    async (_name, row, attach) => {
      const { agent, csrfToken } = await h.signIn("admin");
      const before = await observableState();
      const res = await attach(send(agent, { method: row.method, url: row.url }, { ...SAME_ORIGIN, "X-CSRF-Token": csrfToken }));
      expectProblem(res, 415);
      expect(await observableState()).toEqual(before);
    },
  );
});

describe("reading", () => {
  const reads = ROUTES.filter((row) => !isStateChanging(row) && !row.ssoNavigation);

  it.each(reads.map((row) => [routeName(row), row] as const))("%s changes nothing and writes no audit record", async (_name, row) => {
    const { agent } = await h.signIn("admin");
    const before = { accounts: h.accounts.list(), audit: await auditCount(h), sessions: (await observableState()).sessions };
    expect((await send(agent, row)).status).toBeLessThan(400);
    expect({ accounts: h.accounts.list(), audit: await auditCount(h), sessions: (await observableState()).sessions }).toEqual(before);
  });

  it("cannot be turned into a change by a method override", async () => {
    const { agent } = await h.signIn("admin");
    await agent.get("/api/session?_method=DELETE").set("X-HTTP-Method-Override", "DELETE").set("X-HTTP-Method", "DELETE");
    await agent.head("/api/session").set("X-HTTP-Method-Override", "DELETE");
    expect((await agent.get("/api/session")).status).toBe(200);
  });
});
