import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditPageSchema, ProblemSchema, type AuditRecord } from "@switchboard/contracts";
import { startHarness, type Harness } from "./harness.ts";

const TODAY = Date.UTC(2026, 4, 14, 16, 30);

let h: Harness;
let admin: Awaited<ReturnType<Harness["signIn"]>>["agent"];

/** Writes a finished record straight into the store, at a chosen time. */
async function seed(at: string, fields: { actor: string; action: string; target?: string; outcome?: "succeeded" | "refused" }) {
  const id = await h.audit.begin(
    { actor: fields.actor, role: "admin", clientIp: "192.0.2.1", action: fields.action, target: fields.target ?? null, requestId: `seed-${at}-${fields.actor}` },
    new Date(at),
  );
  await h.audit.complete(id, { outcome: fields.outcome ?? "succeeded", status: 200, reason: null, changes: null });
}

beforeAll(async () => {
  h = await startHarness({ now: () => TODAY });
  await seed("2026-05-01T08:00:00.000Z", { actor: "alice", action: "user.unlock", target: "eric.chen" });
  await seed("2026-05-02T08:00:00.000Z", { actor: "bob", action: "user.update", target: "eric.chen" });
  await seed("2026-05-03T08:00:00.000Z", { actor: "alice", action: "user.update", target: "dana.ortiz" });
  await seed("2026-05-04T08:00:00.000Z", { actor: "carol", action: "user.create", target: "new.agent" });
  await seed("2026-05-05T08:00:00.000Z", { actor: "alice", action: "user.delete", target: "old.agent", outcome: "refused" });
  ({ agent: admin } = await h.signIn("admin"));
});
afterAll(async () => h.close());

async function page(query: string) {
  const res = await admin.get(`/api/audit${query}`);
  expect(res.status, res.text).toBe(200);
  return AuditPageSchema.parse(res.body);
}

describe("GET /api/audit", () => {
  it("answers newest first", async () => {
    const { records } = await page("");
    const times = records.map((r) => r.at);
    expect(times).toEqual([...times].sort().reverse());
    // The sign-in above is the newest of all.
    expect(records[0]).toMatchObject({ action: "session.sign_in", actor: "admin" });
  });

  it("pages with nextCursor until the last page says null", async () => {
    const all = (await page("?limit=500")).records;
    const seen: AuditRecord[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const next = await page(`?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(next.records.length).toBeLessThanOrEqual(2);
      seen.push(...next.records);
      cursor = next.nextCursor;
    }
    expect(seen.map((r) => r.id)).toEqual(all.map((r) => r.id));
  });

  it("filters by actor, action, target and time, together", async () => {
    expect((await page("?actor=alice")).records.map((r) => r.action)).toEqual(["user.delete", "user.update", "user.unlock"]);
    expect((await page("?action=user.update")).records.map((r) => r.actor)).toEqual(["alice", "bob"]);
    expect((await page("?target=eric.chen")).records.map((r) => r.actor)).toEqual(["bob", "alice"]);
    expect((await page("?from=2026-05-02T00:00:00Z&to=2026-05-04T08:00:00Z")).records.map((r) => r.actor)).toEqual(["carol", "alice", "bob"]);
    expect((await page("?actor=alice&action=user.update&from=2026-05-03T10:00:00%2B02:00")).records.map((r) => r.target)).toEqual(["dana.ortiz"]);
  });

  it.each([
    ["limit=0", "?limit=0", "limit"],
    ["limit=501", "?limit=501", "limit"],
    ["limit=lots", "?limit=lots", "limit"],
    ["from=yesterday", "?from=yesterday", "from"],
    ["to=2026-13-45T00:00:00Z", "?to=2026-13-45T00:00:00Z", "to"],
    ["cursor=abc", "?cursor=abc", "cursor"],
    ["cursor=0", "?cursor=0", "cursor"],
    ["actor twice", "?actor=a&actor=b", "actor"],
    ["a 300-character target", `?target=${"x".repeat(300)}`, "target"],
  ])("answers %s with 400 naming the field", async (_label, query, field) => {
    const res = await admin.get(`/api/audit${query}`);
    expect(res.status).toBe(400);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(ProblemSchema.parse(res.body).errors?.map((e) => e.field)).toEqual([field]);
  });

  it("is for admins only", async () => {
    const { agent } = await h.signIn("supervisor");
    expect((await agent.get("/api/audit")).status).toBe(403);
    expect((await h.request().get("/api/audit")).status).toBe(401);
  });
});

describe("GET /api/audit with Accept: text/csv", () => {
  it("downloads the whole filtered trail, past one page, with a header row", async () => {
    const before = (await page("?limit=500")).records.length;
    for (let i = 0; i < 520; i++) await seed(`2026-05-06T08:${String(Math.floor(i / 60)).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}.000Z`, { actor: "bulk", action: "user.update", target: `agent.${i}` });
    const res = await admin.get("/api/audit?limit=5&cursor=3").set("Accept", "text/csv");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers["content-disposition"]).toBe('attachment; filename="switchboard-audit-2026-05-14.csv"');
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.headers["vary"]).toMatch(/Accept/);
    const rows = res.text.trimEnd().split("\n");
    expect(rows[0]).toBe("id,time (UTC),actor,role,client address,action,target,outcome,reason,HTTP status,request id,changes");
    expect(rows).toHaveLength(1 + before + 520);

    const bulk = await admin.get("/api/audit?actor=bulk").set("Accept", "text/csv");
    const bulkRows = bulk.text.trimEnd().split("\n").slice(1);
    expect(bulkRows).toHaveLength(520);
    expect(bulkRows[0]).toContain("agent.519");
    expect(bulkRows.at(-1)).toContain("agent.0,");
  });

  it("writes a name that starts like a formula as text, not as a formula", async () => {
    const names = ["=HYPERLINK(\"https://evil.example\",\"x\")", "+1+1", "-2+3", "@SUM(A1:A9)", "\tTAB", "\rCR"];
    for (const name of names) await seed("2026-05-07T08:00:00.000Z", { actor: name, action: "user.update", target: name });
    const res = await admin.get("/api/audit?action=user.update&from=2026-05-07T00:00:00Z&to=2026-05-07T23:59:59Z").set("Accept", "text/csv");
    const cells = res.text.split(/,|\n/);
    for (const cell of cells) expect(cell.replace(/^"/, "")).not.toMatch(/^[=+\-@\t\r]/);
    expect(res.text).toContain("'=HYPERLINK(");
    expect(res.text).toContain("'@SUM(A1:A9)");
    expect(res.text).toContain("'-2+3");
  });

  it("writes a name that starts like a full-width formula, or one after spaces, as text", async () => {
    const names = ["＝HYPERLINK(A1)", "＋1+1", "－2+3", "＠SUM(A1:A9)", " =1+1", "\u3000＠SUM(A1)"];
    for (const name of names) await seed("2026-05-09T08:00:00.000Z", { actor: name, action: "user.update", target: name });
    const res = await admin.get("/api/audit?action=user.update&from=2026-05-09T00:00:00Z&to=2026-05-09T23:59:59Z").set("Accept", "text/csv");
    const rows = res.text.trimEnd().split("\n").slice(1).map((row) => row.split(","));
    expect(rows.map((cells) => [cells[2], cells[6]])).toEqual(names.toReversed().map((name) => [`'${name}`, `'${name}`]));
  });

  it("writes changes as JSON and empty cells for what is missing", async () => {
    const id = await h.audit.begin({ actor: "dora", role: "admin", clientIp: "192.0.2.9", action: "user.update", target: "x.y", requestId: "csv-changes-1" }, new Date("2026-05-08T00:00:00Z"));
    await h.audit.complete(id, { outcome: "refused", status: 409, reason: "taken", changes: { before: { team: "Sales" }, after: { team: "Support" } } });
    const res = await admin.get("/api/audit?actor=dora").set("Accept", "text/csv");
    const row = res.text.trimEnd().split("\n")[1];
    expect(row).toBe(`${id},2026-05-08T00:00:00.000Z,dora,admin,192.0.2.9,user.update,x.y,refused,taken,409,csv-changes-1,"{""before"":{""team"":""Sales""},""after"":{""team"":""Support""}}"`);
  });
});
