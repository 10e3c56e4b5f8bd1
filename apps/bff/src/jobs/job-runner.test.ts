import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { openDatabase, type Db } from "../db/database.ts";
import { AppError } from "../errors/app-error.ts";
import { fanOut } from "../platform/fan-out.ts";
import { createJobRunner, INTERRUPTED_JOB_PROBLEM, STOPPED_JOB_PROBLEM } from "./job-runner.ts";
import { createJobStore } from "./job-store.ts";

const logger = pino({ level: "silent" });
const owner = { username: "helen", role: "helpdesk" } as const;

/** A promise the test settles by hand, to hold a job in `running`. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

async function setUp(given?: Db) {
  const db = given ?? (await openDatabase(":memory:"));
  let clock = Date.parse("2026-12-07T02:00:00Z");
  const runner = createJobRunner({ store: createJobStore(db), logger, now: () => clock, progressWriteMs: 1_000 });
  return { db, runner, tick: (ms: number) => (clock += ms) };
}

describe("job runner", () => {
  it("answers a started job as running, then succeeded with its result", async () => {
    const { runner } = await setUp();
    const wait = gate();
    const job = await runner.start({
      kind: "locks.scan",
      owner: owner.username,
      total: 3,
      work: async () => {
        await wait.opened;
        return { lockedOut: ["navarro"], unreadable: [], scannedAt: "2026-12-07T02:00:00.000Z" };
      },
    });
    expect(job).toMatchObject({ kind: "locks.scan", state: "running", done: 0, total: 3, startedAt: "2026-12-07T02:00:00.000Z" });
    expect(await runner.get(job.id, owner)).toMatchObject({ state: "running" });
    wait.open();
    await runner.idle();
    expect(await runner.get(job.id, owner)).toMatchObject({
      state: "succeeded",
      done: 3,
      finishedAt: "2026-12-07T02:00:00.000Z",
      result: { lockedOut: ["navarro"], unreadable: [] },
    });
  });

  it("shows progress as the work counts it, and keeps the count in the store, throttled", async () => {
    const { db, runner, tick } = await setUp();
    const wait = gate();
    const job = await runner.start({
      kind: "locks.scan",
      owner: owner.username,
      total: 500,
      work: async ({ progress }) => {
        progress(1);
        tick(1_000);
        progress(123);
        progress(124);
        await wait.opened;
        return { lockedOut: [], unreadable: [], scannedAt: "2026-12-07T02:00:00.000Z" };
      },
    });
    await Promise.resolve();
    expect(await runner.get(job.id, owner)).toMatchObject({ state: "running", done: 124, total: 500 });
    // A second process reading the store sees the last throttled write, not every count.
    expect(await createJobStore(db).get(job.id)).toMatchObject({ done: 123 });
    wait.open();
    await runner.idle();
  });

  it("records a failure with the problem in words, and no result", async () => {
    const { runner } = await setUp();
    const job = await runner.start({
      kind: "users.bulk",
      owner: owner.username,
      total: 2,
      work: async ({ progress }) => {
        progress(1);
        throw AppError.upstreamTimeout();
      },
    });
    await runner.idle();
    const failed = await runner.get(job.id, owner);
    expect(failed).toMatchObject({ state: "failed", done: 1, problem: AppError.upstreamTimeout().message });
    expect(failed).not.toHaveProperty("result");
  });

  it("does not word an unexpected error's details to the caller", async () => {
    const { runner } = await setUp();
    const job = await runner.start({ kind: "users.bulk", owner: owner.username, total: 1, work: () => Promise.reject(new Error("secret internals")) });
    await runner.idle();
    expect(await runner.get(job.id, owner)).toMatchObject({ state: "failed", problem: "The job stopped on an unexpected error." });
  });

  it("shows a job only to its starter and to admins", async () => {
    const { runner } = await setUp();
    const job = await runner.start({ kind: "users.bulk", owner: "sam", total: 0, work: async () => ({ outcomes: [] }) });
    await runner.idle();
    expect(await runner.get(job.id, { username: "sam", role: "supervisor" })).toBeDefined();
    expect(await runner.get(job.id, { username: "ada", role: "admin" })).toBeDefined();
    expect(await runner.get(job.id, { username: "other", role: "supervisor" })).toBeUndefined();
    expect(await runner.get(job.id, { username: "helen", role: "helpdesk" })).toBeUndefined();
    expect(await runner.get("no-such-job", { username: "ada", role: "admin" })).toBeUndefined();
  });

  it("marks a job left running by an earlier process interrupted when the next one starts, and leaves finished ones alone", async () => {
    const db = await openDatabase(":memory:");
    const first = (await setUp(db)).runner;
    const finished = await first.start({ kind: "users.bulk", owner: owner.username, total: 0, work: async () => ({ outcomes: [] }) });
    await first.idle();
    const stuck = await first.start({ kind: "locks.scan", owner: owner.username, total: 10, work: () => new Promise(() => {}) });

    // The process dies here; the next one opens the same store and, at its start, marks what was left running.
    const second = (await setUp(db)).runner;
    expect(await second.interruptAbandoned()).toBe(1);
    expect(await second.get(stuck.id, owner)).toMatchObject({ state: "interrupted", problem: INTERRUPTED_JOB_PROBLEM });
    expect((await second.get(stuck.id, owner))?.finishedAt).toBeDefined();
    expect(await second.get(finished.id, owner)).toMatchObject({ state: "succeeded" });
  });

  it("when the server stops: finishes the items under way, starts no more, records the job interrupted with its count, and starts no new job", async () => {
    const { runner } = await setUp();
    const started: number[] = [];
    const release = gate();
    const job = await runner.start({
      kind: "users.bulk",
      owner: owner.username,
      total: 10,
      async work({ progress, signal }) {
        const outcomes = await fanOut(
          Array.from({ length: 10 }, (_, i) => i),
          async (i) => {
            started.push(i);
            await release.opened;
            return { loginId: `u${i}`, outcome: "updated" as const };
          },
          { concurrency: 2, signal, onSettled: progress },
        );
        return { outcomes: outcomes.flatMap((o) => (o.status === "fulfilled" ? [o.value] : [])) };
      },
    });
    await Promise.resolve();
    const stopped = runner.stop();
    release.open();
    await stopped;
    expect(started).toEqual([0, 1]);
    expect(await runner.get(job.id, owner)).toMatchObject({ state: "interrupted", done: 2, problem: STOPPED_JOB_PROBLEM });
    await expect(runner.start({ kind: "users.bulk", owner: owner.username, total: 0, work: async () => ({ outcomes: [] }) })).rejects.toMatchObject({ status: 503 });
  });
});
