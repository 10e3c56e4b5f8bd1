import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditPageSchema, DirectoryResponseSchema, ImportPreviewSchema, TeamListSchema, UserSchema, type Role, type User } from "@switchboard/contracts";
import { SAME_ORIGIN, startHarness, type Harness } from "./harness.ts";
import { expectProblem } from "./security/support.ts";

// POST /api/users/import?mode=preview (supervisor and up): a users CSV checked against the tenant over
// the BPCC simulator. The BFF reads the users the file names and writes nothing upstream.

let h: Harness;
let eric: User;
let otherTeam: string;
/** A seeded user other than Eric, for the delete rows. */
let other: string;

beforeAll(async () => {
  h = await startHarness({ upstreamConcurrency: 4 }, { recordUpstream: true });
  const { agent } = await h.signIn("admin");
  eric = UserSchema.parse((await agent.get("/api/users/eric.chen")).body);
  const teams = TeamListSchema.parse((await agent.get("/api/teams")).body).teams.map((team) => team.name);
  otherTeam = teams.find((team) => team !== eric.team) ?? "";
  const directory = DirectoryResponseSchema.parse((await agent.get("/api/directory")).body).users;
  other = directory.find((entry) => entry.loginId !== "eric.chen")?.loginId ?? "";
});
afterAll(async () => h.close());

async function as(role: Role) {
  const { agent, csrfToken } = await h.signIn(role);
  return {
    preview: (csv: string | Buffer, options: { mode?: string; type?: string; csrf?: boolean } = {}) =>
      agent
        .post(`/api/users/import?mode=${options.mode ?? "preview"}`)
        .set({ ...SAME_ORIGIN, ...(options.csrf === false ? {} : { "X-CSRF-Token": csrfToken }) })
        .set("Content-Type", options.type ?? "text/csv")
        .send(csv),
  };
}

/** Calls that would change something upstream, made since `mark`. */
function writesSince(mark: number): string[] {
  return h
    .upstreamCalls()
    .slice(mark)
    .filter((call) => call.method !== "GET" && !call.url.includes("/token"))
    .map((call) => `${call.method} ${call.url}`);
}

const fileOf = (...lines: string[]) => `${lines.join("\r\n")}\r\n`;

describe("who may preview an import", () => {
  it.each(["viewer", "helpdesk"] as const)("a %s gets 403, and the platform is never asked", async (role) => {
    const mark = h.upstreamCalls().length;
    const res = await (await as(role)).preview(fileOf("loginId,team", `eric.chen,${otherTeam}`));
    expectProblem(res, 403);
    expect(h.upstreamCalls().length).toBe(mark);
  });

  it("a CSV body passes the same CSRF check as JSON: without the token, 403", async () => {
    const res = await (await as("admin")).preview(fileOf("loginId", "eric.chen"), { csrf: false });
    expect(expectProblem(res, 403).detail).toMatch(/CSRF/);
  });
});

describe("a supervisor's preview", () => {
  it("updates are previewed; creates and deletes are errors that say only an admin can; nothing is written", async () => {
    const mark = h.upstreamCalls().length;
    const res = await (await as("supervisor")).preview(
      fileOf("loginId,firstName,lastName,team,action", `eric.chen,,,${otherTeam},`, `new.person,New,Person,${otherTeam},`, `${other},,,,delete`),
    );

    expect(res.status, res.text).toBe(200);
    const preview = ImportPreviewSchema.parse(res.body);
    expect(preview.rows[0]).toEqual({ row: 2, loginId: "eric.chen", action: "update", changes: { team: { from: eric.team, to: otherTeam } } });
    expect(preview.rows[1]?.errors?.[0]?.message).toMatch(/only an admin can create users/);
    expect(preview.rows[2]?.errors?.[0]).toEqual({ field: "action", message: "Only an admin can delete users. Empty this cell, or ask an admin." });
    expect(preview.summary).toEqual({ create: 0, update: 1, delete: 0, unchanged: 0, error: 2 });
    expect(writesSince(mark)).toEqual([]);
  });
});

describe("an admin's preview", () => {
  it("creates, updates, deletes and unchanged rows, row numbers as a spreadsheet shows them, and still no write", async () => {
    const mark = h.upstreamCalls().length;
    const csv = fileOf(
      "loginId;firstName;lastName;team;skills;action",
      `eric.chen;;;${eric.team ?? ""};;`,
      `"new.person";"New";"Person, the second";${otherTeam};"Spanish:80";`,
      `eric.chen2;;;;;delete`,
      `${other};;;;;delete`,
    );
    const res = await (await as("admin")).preview(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)]));

    expect(res.status, res.text).toBe(200);
    const preview = ImportPreviewSchema.parse(res.body);
    expect(preview.rows.map((row) => [row.row, row.loginId, row.action])).toEqual([
      [2, "eric.chen", "unchanged"],
      [3, "new.person", "create"],
      [4, "eric.chen2", "error"],
      [5, other, "delete"],
    ]);
    expect(preview.rows[1]?.changes?.["lastName"]).toEqual({ from: null, to: "Person, the second" });
    expect(preview.rows[2]?.errors).toEqual([{ field: "loginId", message: "No user has this login, so there is nothing to delete. Check the login." }]);
    expect(writesSince(mark)).toEqual([]);
  });

  it("an unknown team and a skill level out of range are errors on their row and column", async () => {
    const res = await (await as("admin")).preview(fileOf("loginId,team,skills", "eric.chen,No Such Team,English:150"));
    const [row] = ImportPreviewSchema.parse(res.body).rows;
    expect(row?.errors).toEqual([
      { field: "skills.English", message: "Use a whole number from 0 to 100." },
      { field: "team", message: "The contact center has no team “No Such Team”. Check its spelling on the Teams page." },
    ]);
  });

  it("leaves a trail: one users.import_preview record, succeeded", async () => {
    await (await as("admin")).preview(fileOf("loginId", "eric.chen"));
    const { agent } = await h.signIn("admin");
    const [record] = AuditPageSchema.parse((await agent.get("/api/audit?action=users.import_preview&limit=1")).body).records;
    expect(record).toMatchObject({ actor: "admin", action: "users.import_preview", outcome: "succeeded", status: 200 });
  });
});

describe("files the preview refuses whole", () => {
  it("more than 1,000 rows: 413 naming the limit", async () => {
    const rows = Array.from({ length: 1_001 }, (_, i) => `user.${i}`);
    const problem = expectProblem(await (await as("admin")).preview(fileOf("loginId", ...rows)), 413);
    expect(problem.detail).toMatch(/at most 1,000 users/);
  });

  it("a body over the size limit: 413 naming it, unread", async () => {
    const problem = expectProblem(await (await as("admin")).preview(`loginId\r\n${"x".repeat(2 * 1024 * 1024)}\r\n`), 413);
    expect(problem.detail).toMatch(/at most 2 MB/);
  });

  it("not UTF-8: 400 naming why", async () => {
    const latin1 = Buffer.from([...Buffer.from("loginId,firstName\r\nzoe,Zo"), 0xeb, 0x0d, 0x0a]);
    const problem = expectProblem(await (await as("admin")).preview(latin1), 400);
    expect(problem.detail).toMatch(/not UTF-8/);
  });

  it("an unknown column: 400 naming it", async () => {
    const problem = expectProblem(await (await as("admin")).preview(fileOf("loginId,nickname", "eric.chen,E")), 400);
    expect(problem.detail).toMatch(/unknown column “nickname”/);
  });

  it("a JSON body: 415", async () => {
    expectProblem(await (await as("admin")).preview('{"loginId":"eric.chen"}', { type: "application/json" }), 415);
  });

});
