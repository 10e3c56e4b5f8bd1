import { AuditQuerySchema, PLATFORM_OPERATIONS, type PlatformOperation } from "@switchboard/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../src/platform/platform.ts";
import { SAME_ORIGIN, startHarness, type Harness } from "./harness.ts";

const LACKING: readonly PlatformOperation[] = ["getLockState", "unlock", "listTeams", "listAccessNumbers"];

/** The BPCC platform dressed as one without lock states, teams and access numbers, as Genesys is. */
function withoutLocksTeamsAndNumbers(bpcc: Platform): Platform {
  const operations = PLATFORM_OPERATIONS.filter((operation) => !LACKING.includes(operation));
  return { ...bpcc, capabilities: { ...bpcc.capabilities, platform: "genesys", operations } };
}

describe("a route whose operation the platform lacks", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({}, { recordUpstream: true, platform: withoutLocksTeamsAndNumbers });
  });
  afterAll(() => h.close());

  it.each([
    ["GET", "/api/users/eric.chen/lock", "getLockState", "helpdesk"],
    ["DELETE", "/api/users/eric.chen/lock", "unlock", "helpdesk"],
    ["GET", "/api/teams", "listTeams", "viewer"],
    ["GET", "/api/access-numbers", "listAccessNumbers", "viewer"],
  ] as const)("%s %s answers 501 naming the platform and %s, and the platform is never asked", async (method, url, operation, role) => {
    const { agent, csrfToken } = await h.signIn(role);
    const before = h.upstreamCalls().length;
    const call = method === "GET" ? agent.get(url) : agent.delete(url).set(SAME_ORIGIN).set("X-CSRF-Token", csrfToken);
    const res = await call;

    expect(res.status).toBe(501);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 501, type: "/problems/not-supported-by-platform", platform: "genesys", operation });
    expect(res.body.detail).toBe(`The contact center platform (genesys) does not support ${operation}.`);
    expect(h.upstreamCalls().slice(before)).toEqual([]);
  });

  it("still refuses a role that may not call the route, before saying the platform lacks it", async () => {
    const { agent, csrfToken } = await h.signIn("viewer");
    const res = await agent.delete("/api/users/eric.chen/lock").set(SAME_ORIGIN).set("X-CSRF-Token", csrfToken);
    expect(res.status).toBe(403);
  });

  it("audits the attempt, with its 501", async () => {
    const { agent, csrfToken } = await h.signIn("helpdesk");
    await agent.delete("/api/users/omar.ali/lock").set(SAME_ORIGIN).set("X-CSRF-Token", csrfToken);
    const records = (await h.audit.query(AuditQuerySchema.parse({ target: "omar.ali", action: "user.unlock" }))).records;
    expect(records[0]).toMatchObject({ actor: "helpdesk", outcome: "failed", status: 501 });
  });

  it("serves what the platform has as before", async () => {
    const { agent } = await h.signIn("viewer");
    expect((await agent.get("/api/users/eric.chen")).status).toBe(200);
    expect((await agent.get("/api/directory")).status).toBe(200);
  });

  it("says in the OpenAPI document which routes need which operation, and that they may answer 501", async () => {
    const { agent } = await h.signIn("viewer");
    const document = (await agent.get("/api/openapi.json")).body;
    const lock = document.paths["/api/users/{loginId}/lock"].get;
    expect(lock["x-platform-operation"]).toBe("getLockState");
    expect(lock.responses["501"]).toBeDefined();
    expect(document.paths["/api/audit"].get["x-platform-operation"]).toBeUndefined();
  });
});
