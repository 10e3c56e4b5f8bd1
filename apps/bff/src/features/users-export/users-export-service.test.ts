import { pino } from "pino";
import { describe, expect, it } from "vitest";
import type { Capabilities, DirectoryEntry, UsersExportResult } from "@switchboard/contracts";
import { openDatabase } from "../../db/database.ts";
import { createJobFileStore } from "../../jobs/job-files.ts";
import { createJobRunner } from "../../jobs/job-runner.ts";
import { createJobStore } from "../../jobs/job-store.ts";
import { BPCC_CAPABILITIES } from "../../platform/bpcc-platform.ts";
import { GENESYS_CAPABILITIES } from "../../platform/genesys-platform.ts";
import type { PlatformUser } from "../../platform/platform.ts";
import { readUsersCsv } from "../users-import/users-csv-read.ts";
import type { UserDetailsSource } from "./user-details-source.ts";
import { createUsersExportService } from "./users-export-service.ts";

const NOW = Date.parse("2026-12-07T02:50:00Z");

function userOf(loginId: string, over: Partial<PlatformUser> = {}): PlatformUser {
  return {
    loginId,
    firstName: loginId.split(".")[0] ?? loginId,
    lastName: "Smith",
    team: "Sales",
    extension: "1001",
    email: `${loginId}@example.com`,
    workPhone: "+1 650 555 0100",
    mobilePhone: null,
    disabled: false,
    changePassword: false,
    roles: ["Agent"],
    skills: { English: 80, billing: 40 },
    loginInfo: null,
    ...over,
  };
}

const entryOf = (user: PlatformUser): DirectoryEntry => ({
  loginId: user.loginId,
  firstName: user.firstName,
  lastName: user.lastName,
  extension: user.extension,
  did: null,
  voiceMail: false,
  greeting: false,
});

/** The service over an in-memory store, a directory of `users`, and details read from them (`failing` not). */
async function setUp(users: PlatformUser[], options: { capabilities?: Capabilities; failing?: string[] } = {}) {
  const db = await openDatabase(":memory:");
  const jobs = createJobRunner({ store: createJobStore(db), logger: pino({ level: "silent" }), now: () => NOW });
  const files = createJobFileStore(db, { now: () => NOW });
  const counted: number[] = [];
  const details: UserDetailsSource = {
    async list(loginIds, onProgress) {
      const found = loginIds.flatMap((loginId) => users.filter((user) => user.loginId === loginId && !options.failing?.includes(loginId)));
      loginIds.forEach((_, index) => {
        counted.push(index + 1);
        onProgress(index + 1);
      });
      return { users: found, unreadable: (options.failing ?? []).map((loginId) => ({ loginId, problem: "The contact center failed." })) };
    },
  };
  const service = createUsersExportService({
    platform: { capabilities: options.capabilities ?? BPCC_CAPABILITIES, listDirectory: async () => users.map(entryOf) },
    details,
    jobs,
    files,
    now: () => NOW,
  });
  const run = async (request: Parameters<typeof service.startExport>[0] = {}) => {
    const job = await service.startExport(request, { username: "sam", teams: null });
    await jobs.idle();
    const done = await jobs.get(job.id, { username: "sam", role: "supervisor" });
    if (done?.kind !== "users.export" || !done.result) throw new Error(`export ended ${done?.state}: ${done?.problem}`);
    const file = await files.get(job.id);
    if (!file) throw new Error("no file");
    const result: UsersExportResult = done.result;
    return { job: done, result, file, text: new TextDecoder().decode(file.content) };
  };
  return { run, counted, files, service, jobs };
}

describe("the users export", () => {
  it("writes the platform's columns in the issue's order, a BOM first, every user sorted by login", async () => {
    const { run } = await setUp([userOf("zoe.adams"), userOf("ann.lee")]);
    const { result, file, text } = await run();
    expect([...file.content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = text.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("loginId,firstName,lastName,team,extension,email,workPhone,mobilePhone,disabled,changePassword,roles,skills,action");
    expect(lines[1]).toBe("ann.lee,ann,Smith,Sales,1001,ann.lee@example.com,'+1 650 555 0100,,false,false,Agent,billing:40;English:80,");
    expect(lines[2]?.startsWith("zoe.adams,")).toBe(true);
    expect(result).toMatchObject({ rows: 2, requested: 2, fileName: "switchboard-users-2026-12-07.csv", expiresAt: "2026-12-08T02:50:00.000Z", unreadable: [] });
    expect(file).toMatchObject({ name: "switchboard-users-2026-12-07.csv", contentType: "text/csv; charset=utf-8" });
  });

  it("leaves out the columns Genesys has no field for", async () => {
    const { run } = await setUp([userOf("ann.lee", { team: null, extension: null, workPhone: null })], { capabilities: GENESYS_CAPABILITIES });
    const { result, text } = await run();
    expect(result.columns).toEqual(["loginId", "firstName", "lastName", "email", "disabled", "changePassword", "roles", "skills", "action"]);
    expect(text.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe(result.columns.join(","));
  });

  it("neutralizes every cell a spreadsheet could run as a formula, and reads back to the values", async () => {
    const evil = userOf("eve.x", { firstName: "=HYPERLINK(\"http://x\")", lastName: "@SUM(A1)", email: "-2+3@example.com", skills: { "+cmd": 5 } });
    const { run } = await setUp([evil]);
    const { file, text } = await run();
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).toContain("'@SUM(A1)");
    expect(text).toContain("'-2+3@example.com");
    expect(text).toContain("'+cmd:5");
    const [row] = readUsersCsv(file.content).rows;
    expect(row?.cells).toMatchObject({ firstName: evil.firstName, lastName: evil.lastName, email: evil.email, skills: "+cmd:5" });
  });

  it("lists the users it could not read, and counts progress over every login asked for", async () => {
    const users = [userOf("ann.lee"), userOf("bob.ray"), userOf("cat.oh")];
    const { run, counted } = await setUp(users, { failing: ["bob.ray"] });
    const { job, result, text } = await run();
    expect(result).toMatchObject({ rows: 2, requested: 3, unreadable: [{ loginId: "bob.ray", problem: "The contact center failed." }] });
    expect(text).not.toContain("bob.ray");
    expect(counted).toEqual([1, 2, 3]);
    expect(job).toMatchObject({ state: "succeeded", done: 3, total: 3 });
  });

  it("fails, saying why, when not one user could be read", async () => {
    const { service, jobs } = await setUp([userOf("ann.lee")], { failing: ["ann.lee"] });
    const job = await service.startExport({}, { username: "sam", teams: null });
    await jobs.idle();
    expect(await jobs.get(job.id, { username: "sam", role: "supervisor" })).toMatchObject({ state: "failed", problem: "None of the 1 users could be read: The contact center failed." });
  });

  it("exports the search's matches, narrowed by the filter's team", async () => {
    const users = [userOf("ann.lee", { team: "Sales" }), userOf("anna.bell", { team: "Support" }), userOf("bob.ray")];
    const { run } = await setUp(users);
    const { job, result } = await run({ filter: { q: "ANN", team: "support" } });
    expect(job.total).toBe(2);
    expect(result).toMatchObject({ rows: 1, requested: 2 });
  });

  it("keeps the file for a day, then no longer", async () => {
    const db = await openDatabase(":memory:");
    let clock = NOW;
    const jobs = createJobStore(db);
    await jobs.create({ id: "j1", kind: "users.export", owner: "sam", total: 0, startedAt: new Date(clock) });
    const files = createJobFileStore(db, { now: () => clock });
    await files.put("j1", { name: "a.csv", contentType: "text/csv", content: new Uint8Array([1]), createdAt: new Date(clock) });
    clock += 24 * 60 * 60 * 1000 - 1;
    expect(await files.get("j1")).toBeDefined();
    clock += 2;
    expect(await files.get("j1")).toBeUndefined();
  });
});
