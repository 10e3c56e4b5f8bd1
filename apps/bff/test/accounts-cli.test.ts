import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditQuerySchema } from "@switchboard/contracts";
import { createAuditStore } from "../src/audit/audit-store.ts";
import { createSessionsStore } from "../src/auth/sessions-store.ts";
import { openDatabase } from "../src/db/database.ts";

const CLI = resolve(import.meta.dirname, "../src/cli/accounts-cli.ts");
const PASSWORD = "marigold barges drift south";
const LIMITS = { idleMs: 60_000, maxMs: 3_600_000 };

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "switchboard-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `pnpm accounts …` as a script would: input piped in, a fresh DATA_DIR, no .env around. */
function accounts(args: string[], input = "", extraEnv: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: dir,
      env: { PATH: process.env["PATH"] ?? "", DATA_DIR: join(dir, "data"), ...extraEnv },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const twice = (password: string) => `${password}\n${password}\n`;

function openStore() {
  return openDatabase(join(dir, "data"));
}

describe("pnpm accounts", { timeout: 60_000 }, () => {
  it("adds accounts with the password from stdin and lists them", async () => {
    expect(await accounts(["add", "ops.admin", "--role", "admin"], twice(PASSWORD))).toMatchObject({
      code: 0,
      stdout: 'Created account "ops.admin" with role admin.\n',
    });
    expect((await accounts(["add", "desk.one", "--role", "helpdesk"], twice(PASSWORD))).code).toBe(0);

    const list = await accounts(["list"]);
    expect(list.code).toBe(0);
    const [header, ...rows] = list.stdout.trim().split("\n");
    expect(header?.split(/\s+/)).toEqual(["NAME", "ROLE", "DISABLED", "TEAMS", "CREATED"]);
    expect(rows.map((row) => row.split(/\s+/).slice(0, 3))).toEqual([
      ["desk.one", "helpdesk", "no"],
      ["ops.admin", "admin", "no"],
    ]);
    expect(rows[0]).toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
    expect(list.stdout + list.stderr).not.toContain(PASSWORD);
  });

  it("names the problem and exits non-zero", async () => {
    const cases: [string[], string, number, RegExp][] = [
      [["add", "desk.one", "--role", "viewer"], twice(PASSWORD), 1, /An account named "desk.one" already exists/],
      [["add", "desk.two", "--role", "boss"], twice(PASSWORD), 2, /Unknown role "boss"\. Choose one of: viewer, helpdesk, supervisor, admin/],
      [["add", "desk.two", "--role", "viewer"], `${PASSWORD}\nsomething else\n`, 1, /password: The two passwords differ/],
      [["add", "desk.two", "--role", "viewer"], twice("qwerty123456"), 1, /password: This is one of the most common passwords; choose another\./],
      [["add", "desk.two", "--role", "viewer"], twice("too short"), 1, /password: Use at least 12 characters\./],
      [["add", "desk two", "--role", "viewer"], twice(PASSWORD), 2, /Invalid name "desk two"/],
      [["disable", "nobody"], "", 1, /There is no account named "nobody"/],
      // Refused before a password is asked for: no input is given, and none is read.
      [["reset-password", "nobody"], "", 1, /There is no account named "nobody"/],
      [["disable", "ops.admin"], "", 1, /Cannot disable "ops.admin": it is the last enabled admin account/],
      [["remove", "ops.admin", "--yes"], "", 1, /Cannot remove "ops.admin": it is the last enabled admin account/],
      [["frobnicate"], "", 2, /Unknown command "frobnicate"/],
    ];
    for (const [args, input, code, message] of cases) {
      const run = await accounts(args, input);
      expect(run.code, args.join(" ")).toBe(code);
      expect(run.stderr, args.join(" ")).toMatch(message);
    }
    expect((await accounts(["list"])).stdout).not.toContain("desk.two");
  });

  it("changes role and state, resets a password and ends the account's sessions", async () => {
    const db = await openStore();
    const sessions = createSessionsStore(db);
    try {
      const { id } = await sessions.create("desk.one", Date.now());
      expect((await accounts(["set-role", "desk.one", "supervisor"])).code).toBe(0);
      expect((await sessions.resolve(id, Date.now(), LIMITS))?.role).toBe("supervisor"); // a role change keeps the session

      expect((await accounts(["reset-password", "desk.one"], twice("juniper canals in winter"))).code).toBe(0);
      expect(await sessions.resolve(id, Date.now(), LIMITS)).toBeUndefined();

      expect((await accounts(["disable", "desk.one"])).code).toBe(0);
      expect((await accounts(["list"])).stdout).toMatch(/desk\.one\s+supervisor\s+yes/);
      expect((await accounts(["enable", "desk.one"])).code).toBe(0);
      expect((await accounts(["list"])).stdout).toMatch(/desk\.one\s+supervisor\s+no/);
    } finally {
      await db.close();
    }
  });

  it("scopes an account to teams from its next request on, and gives it the whole tenant again with --all", async () => {
    expect((await accounts(["add", "desk.scoped", "--role", "supervisor"], twice(PASSWORD))).code).toBe(0);
    expect((await accounts(["add", "ops.second", "--role", "admin"], twice(PASSWORD))).code).toBe(0);
    const db = await openStore();
    const sessions = createSessionsStore(db);
    try {
      const { id } = await sessions.create("desk.scoped", Date.now());
      expect(await accounts(["set-teams", "desk.scoped", "Sales East, Sales West"])).toMatchObject({
        code: 0,
        stdout: '"desk.scoped" is now scoped to Sales East, Sales West, from its next request on.\n',
      });
      expect((await sessions.resolve(id, Date.now(), LIMITS))?.teams).toEqual(["Sales East", "Sales West"]);
      expect((await accounts(["list"])).stdout).toMatch(/desk\.scoped\s+supervisor\s+no\s+Sales East, Sales West/);

      expect(await accounts(["set-teams", "ops.second", "Sales"])).toMatchObject({ code: 1, stderr: expect.stringMatching(/teams: An admin account acts on the whole tenant/) });
      expect(await accounts(["set-teams", "desk.scoped"])).toMatchObject({ code: 2, stderr: expect.stringMatching(/Name the teams, comma-separated/) });
      expect(await accounts(["set-teams", "desk.scoped", "Sales"], "", { PLATFORM: "genesys" })).toMatchObject({
        code: 1,
        stderr: expect.stringMatching(/This contact center \(genesys\) has no teams/),
      });

      expect(await accounts(["set-teams", "desk.scoped", "--all"])).toMatchObject({ code: 0, stdout: '"desk.scoped" now acts on the whole tenant.\n' });
      expect((await sessions.resolve(id, Date.now(), LIMITS))?.teams).toBeNull();
    } finally {
      await db.close();
    }
  });

  it("removes an account only once confirmed", async () => {
    const declined = await accounts(["remove", "desk.one"], "n\n");
    expect(declined.code).toBe(1);
    expect(declined.stderr).toMatch(/Not removed/);
    expect((await accounts(["list"])).stdout).toContain("desk.one");

    expect((await accounts(["remove", "desk.one"], "y\n")).code).toBe(0);
    expect((await accounts(["list"])).stdout).not.toContain("desk.one");
  });

  it("audits every change as the OS user, from a local client, without any password", async () => {
    const db = await openStore();
    try {
      const { records } = await createAuditStore(db).query(AuditQuerySchema.parse({ target: "desk.one", limit: 500 }));
      expect(records.map((r) => [r.action, r.outcome]).reverse()).toEqual([
        ["account.create", "succeeded"],
        ["account.update", "succeeded"],
        ["account.update", "succeeded"],
        ["account.update", "succeeded"],
        ["account.update", "succeeded"],
        ["account.remove", "succeeded"],
      ]);
      for (const record of records) expect(record).toMatchObject({ actor: `cli:${userInfo().username}`, clientIp: "local", role: null });
      expect(records.find((r) => r.changes?.after?.["role"] === "supervisor")?.changes).toEqual({
        before: { role: "helpdesk" },
        after: { role: "supervisor" },
      });
      const refused = (await createAuditStore(db).query(AuditQuerySchema.parse({ target: "ops.admin" }))).records;
      expect(refused.filter((r) => r.outcome === "refused").map((r) => r.reason)).toEqual([
        expect.stringMatching(/^Cannot remove "ops.admin"/),
        expect.stringMatching(/^Cannot disable "ops.admin"/),
      ]);
      const everything = JSON.stringify((await createAuditStore(db).query(AuditQuerySchema.parse({ limit: 500 }))).records);
      for (const secret of [PASSWORD, "juniper canals in winter", "qwerty123456"]) expect(everything).not.toContain(secret);
    } finally {
      await db.close();
    }
  });
});
