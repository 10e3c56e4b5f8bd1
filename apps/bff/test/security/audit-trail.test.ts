import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditPageSchema, type AuditRecord } from "@switchboard/contracts";
import { AUDIT_ACTIONS } from "../../src/audit/audit-actions.ts";
import { PASSWORD, SAME_ORIGIN, startHarness, type Harness } from "../harness.ts";
import { isStateChanging, ROUTES } from "./route-table.ts";
import { createMetrics } from "../../src/metrics/metrics.ts";
import { auditCount, type Reply } from "./support.ts";

// Guarantee 8, in process: one record per state-changing request with every field, secrets redacted
// in the before/after, and a CR/LF in a name forging neither a record nor a log line. The durability
// half (committed before the answer; `pending` after a crash) is in audit-durability.test.ts.

let h: Harness;
let admin: Awaited<ReturnType<Harness["signIn"]>>;
beforeAll(async () => {
  h = await startHarness();
  admin = await h.signIn("admin");
});
afterAll(async () => h.close());

async function recordOf(res: Reply): Promise<AuditRecord> {
  const requestId = String(res.headers["x-request-id"]);
  const page = AuditPageSchema.parse((await admin.agent.get("/api/audit?limit=500")).body);
  const matching = page.records.filter((r) => r.requestId === requestId);
  expect(matching, `records for request ${requestId}`).toHaveLength(1);
  return matching[0] as AuditRecord;
}

/** Runs one request and returns its answer and the one record it wrote (failing if it wrote any other number). */
async function audited(request: () => PromiseLike<Reply>) {
  const before = await auditCount(h);
  const res = await request();
  expect(await auditCount(h) - before, res.text).toBe(1);
  return { res, record: await recordOf(res) };
}

function expectWellFormed(record: AuditRecord, res: Reply): void {
  expect(record.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  expect(Math.abs(Date.parse(record.at) - Date.now())).toBeLessThan(60_000);
  expect(record.clientIp).toMatch(/127\.0\.0\.1$/);
  expect(record.status).toBe(res.status);
  expect(record.requestId).toBe(res.headers["x-request-id"]);
}

describe("each state-changing request writes exactly one record", () => {
  it("a sign-in: who, what, succeeded", async () => {
    const { res, record } = await audited(() => h.request().post("/api/session").set(SAME_ORIGIN).send({ username: "helpdesk", password: PASSWORD }));
    expectWellFormed(record, res);
    expect(record).toMatchObject({ actor: "helpdesk", action: "session.sign_in", target: "helpdesk", outcome: "succeeded", reason: null, changes: null });
  });

  it("a refused sign-in, with the reason", async () => {
    const { res, record } = await audited(() => h.request().post("/api/session").set(SAME_ORIGIN).send({ username: "helpdesk", password: "wrong password" }));
    expectWellFormed(record, res);
    expect(record).toMatchObject({ actor: "helpdesk", role: null, action: "session.sign_in", outcome: "refused", status: 401, reason: "Wrong username or password." });
  });

  it("a sign-out, with the actor's role", async () => {
    const { agent, csrfToken } = await h.signIn("supervisor");
    const { res, record } = await audited(() => agent.delete("/api/session").set(SAME_ORIGIN).set("X-CSRF-Token", csrfToken));
    expectWellFormed(record, res);
    expect(record).toMatchObject({ actor: "supervisor", role: "supervisor", action: "session.sign_out", outcome: "succeeded", status: 204 });
  });

  it("a change the role may not make: refused 403, named by its action", async () => {
    const { agent, csrfToken } = await h.signIn("viewer");
    const { res, record } = await audited(() =>
      agent.post("/api/accounts").set(SAME_ORIGIN).set("X-CSRF-Token", csrfToken).send({ username: "made-by-viewer", password: "a long enough password", role: "admin" }),
    );
    expectWellFormed(record, res);
    expect(record).toMatchObject({ actor: "viewer", role: "viewer", action: "account.create", outcome: "refused", status: 403, reason: "Your role does not allow this." });
  });

  it("a sign-out without a session: refused 401, named by its action", async () => {
    const { res, record } = await audited(() => h.request().delete("/api/session").set(SAME_ORIGIN));
    expectWellFormed(record, res);
    expect(record).toMatchObject({ actor: "anonymous", role: null, action: "session.sign_out", outcome: "refused", status: 401 });
  });

  // The admin's own requests (signed in, CSRF token and all), each refused before any route names it.
  const post = (url: string) => admin.agent.post(url).set("X-CSRF-Token", admin.csrfToken);
  it.each([
    ["from another site", () => post("/api/accounts").set("Origin", "https://evil.example").send({}), 403, "account.create", "/api/accounts"],
    ["to no route", () => post("/api/nowhere").set(SAME_ORIGIN).send({}), 404, "http.post", "/api/nowhere"],
    ["with a form body", () => post("/api/accounts").set(SAME_ORIGIN).type("form").send("username=a"), 415, "account.create", "/api/accounts"],
    ["with malformed JSON", () => post("/api/accounts").set(SAME_ORIGIN).set("Content-Type", "application/json").send("{"), 400, "account.create", "/api/accounts"],
    ["with an oversized body", () => post("/api/accounts").set(SAME_ORIGIN).send({ username: "x".repeat(200_000) }), 413, "account.create", "/api/accounts"],
    [
      "with a form body, on a user's path",
      () => admin.agent.patch("/api/users/ann%2Elee").set("X-CSRF-Token", admin.csrfToken).set(SAME_ORIGIN).type("form").send("team=a"),
      415,
      "user.update",
      "ann.lee",
    ],
  ] as const)("a signed-in request refused %s: recorded and logged under the route it was going to", async (_name, request, status, action, target) => {
    const { res, record } = await audited(request);
    expect(res.status).toBe(status);
    expectWellFormed(record, res);
    expect(record).toMatchObject({ actor: "admin", outcome: "refused", action, target });
    expect(record.reason).toEqual(expect.any(String));
    const logged = h.logLines.map((line) => JSON.parse(line) as { req?: { id?: string }; action?: string }).find((line) => line.req?.id === record.requestId);
    expect(logged?.action).toBe(action === "http.post" ? undefined : action);
  });

  it("anonymous requests refused before any route: counted, and one a minute recorded as a sample", async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    const own = await startHarness({ metrics });
    try {
      const before = await auditCount(own);
      const refusals = [
        () => own.request().post("/api/accounts").set("Origin", "https://evil.example").send({}),
        () => own.request().post("/api/nowhere").set(SAME_ORIGIN).send({}),
        () => own.request().post("/api/accounts").set(SAME_ORIGIN).send({}),
        () => own.request().post("/api/session").set(SAME_ORIGIN).set("Content-Type", "application/json").send("{"),
      ];
      const statuses: number[] = [];
      for (const refuse of [...refusals, ...refusals]) statuses.push((await refuse()).status);
      expect(statuses).toEqual([403, 401, 401, 400, 403, 401, 401, 400]);
      expect((await auditCount(own)) - before).toBe(1);
      const [sample] = (await own.audit.query({ limit: 1 })).records;
      expect(sample).toMatchObject({ actor: "anonymous", outcome: "refused", status: 403, reason: expect.stringMatching(/^Cross-origin requests are refused\. \(A sample: 0 more/) });
      const text = await metrics.registry.metrics();
      expect(text).toContain('switchboard_anonymous_refusals_total{status="403"} 2');
      expect(text).toContain('switchboard_anonymous_refusals_total{status="401"} 4');
      expect(text).toContain('switchboard_anonymous_refusals_total{status="400"} 2');
    } finally {
      await own.close();
    }
  });

  it("a sign-out without the CSRF token: refused, the session left alone", async () => {
    const { res, record } = await audited(() => admin.agent.delete("/api/session").set(SAME_ORIGIN));
    expectWellFormed(record, res);
    expect(record).toMatchObject({ actor: "admin", role: "admin", action: "session.sign_out", outcome: "refused", status: 403 });
    expect(record.reason).toMatch(/CSRF/);
    expect((await admin.agent.get("/api/session")).status).toBe(200);
  });

  it("and no GET writes one", async () => {
    const before = await auditCount(h);
    await admin.agent.get("/api/session");
    await admin.agent.get("/api/audit");
    await h.request().get("/api/directory");
    expect(await auditCount(h)).toBe(before);
  });
});

describe("what changed", () => {
  it("is recorded before and after, with the password redacted", async () => {
    const secret = `Sentinel password ${randomBytes(8).toString("hex")}`;
    const { res, record } = await audited(() =>
      admin.agent.post("/api/accounts").set(SAME_ORIGIN).set("X-CSRF-Token", admin.csrfToken).send({ username: "audit-subject", password: secret, role: "viewer" }),
    );
    expect(res.status).toBe(201);
    expect(record).toMatchObject({ action: "account.create", target: "audit-subject", outcome: "succeeded" });
    expect(record.changes?.after).toMatchObject({ username: "audit-subject", role: "viewer" });
    expect(JSON.stringify(record)).not.toContain(secret);

    const changed = await audited(() =>
      admin.agent.patch("/api/accounts/audit-subject").set(SAME_ORIGIN).set("X-CSRF-Token", admin.csrfToken).send({ role: "helpdesk", password: `${secret} again` }),
    );
    expect(changed.record.changes).toMatchObject({ before: { role: "viewer" }, after: { role: "helpdesk" } });
    expect(JSON.stringify(changed.record)).not.toContain(secret);
  });

  it("never keeps a secret, however deep a route nests it", async () => {
    const id = await h.audit.begin({ actor: "admin", role: "admin", clientIp: "127.0.0.1", action: "user.update", target: "eric.chen", requestId: "redaction-check-01" });
    await h.audit.complete(id, {
      outcome: "succeeded",
      status: 200,
      reason: null,
      changes: { before: { password: "old-secret", skills: { sales: 3 } }, after: { profile: { clientSecret: "s3cr3t", accessToken: "t0k3n" }, newPassword: "n3w" } },
    });
    const page = AuditPageSchema.parse((await admin.agent.get("/api/audit?target=eric.chen")).body);
    const stored = JSON.stringify(page.records.find((r) => r.requestId === "redaction-check-01"));
    expect(stored).toContain('"sales":3');
    for (const secret of ["old-secret", "s3cr3t", "t0k3n", "n3w"]) expect(stored).not.toContain(secret);
  });
});

describe("a CR/LF in a name", () => {
  const forged = 'evil\r\n{"level":30,"msg":"forged entry"}';

  it("cannot forge a record or a log line", async () => {
    const { res, record } = await audited(() => h.request().post("/api/session").set(SAME_ORIGIN).send({ username: forged, password: "whatever it is" }));
    expect(res.status).toBe(401);
    expect(record.actor).toBe(forged);
    const all = AuditPageSchema.parse((await admin.agent.get("/api/audit?limit=500")).body).records;
    expect(all.filter((r) => r.actor.includes("evil") || r.actor.includes("forged"))).toHaveLength(1);

    const csv = (await admin.agent.get("/api/audit").set("Accept", "text/csv")).text;
    expect(csv).toContain('"evil\r\n{""level"":30,""msg"":""forged entry""}"');

    const lines = h.logLines.join("").split("\n").filter((line) => line.length > 0);
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      const entry: unknown = JSON.parse(line);
      expect(entry).toBeTypeOf("object");
      expect(line).not.toContain('"msg":"forged entry"');
    }
  });
});

describe("action names", () => {
  it("every state-changing route names its audit action, from the list the SPA's filter offers", () => {
    const changes = h.routes.filter((route) => route.method !== "GET");
    expect(changes.length).toBe(ROUTES.filter(isStateChanging).length);
    for (const route of changes) {
      expect(route.auditAction, `${route.method} ${route.path}`).toBeDefined();
      expect(AUDIT_ACTIONS, `${route.method} ${route.path}`).toContain(route.auditAction);
    }
  });
});
