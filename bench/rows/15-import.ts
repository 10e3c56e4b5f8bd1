import { randomBytes } from "node:crypto";
import { routeExists, sessionHeaders } from "../lib/bff-client.ts";
import { json } from "../lib/http.ts";
import { progress } from "../lib/log.ts";
import { withUpstreamLatency } from "../lib/processes.ts";
import { notMeasurableYet, verdict, type Row } from "../lib/row.ts";

const CREATES = 1_000;
const TEAM = "Support Team";
/** The BFF's default `BPCC_CONCURRENCY` (the bench sets none), and the baseline's. */
const CONCURRENCY = 64;
/** The simulator answers after this, as a tenant across a network does; without it the figure is only CPU. */
const LATENCY_MS = 20;
const TARGET_RATIO = 1.5;
const POLL_MS = 25;

type JobBody = { id?: string; state?: string; done?: number; total?: number; problem?: string; result?: { rows?: { outcome: string }[] } };

/** `work` for each item, never more than `limit` at once. */
async function pool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const item = items[next++] as T;
        await work(item);
      }
    }),
  );
}

const seconds = (since: number) => (performance.now() - since) / 1000;

/**
 * 1,000 new users in one CSV through the BFF: its preview (`mode=preview`: one read per login), then
 * its apply (`mode=apply`: the file previewed again, then a `users.import` job creating each user
 * through the lifecycle service at `BPCC_CONCURRENCY`), timed until the job has ended, polling it as
 * the SPA does (more often). The baseline is the same 1,000 `POST /configapi/v2/user` straight at the
 * simulator with a Bearer token, `CONCURRENCY` at once. Both with the simulator answering after 20 ms.
 * The users are deleted afterwards, straight at the simulator.
 */
export const importRow: Row = {
  id: 15,
  what: `Import: ${CREATES.toLocaleString("en-US")} creates in one CSV through the BFF (preview, then apply as a job) vs the same POSTs direct`,
  target: `apply ≤ ${TARGET_RATIO} × direct; all ${CREATES.toLocaleString("en-US")} created`,
  async run(ctx) {
    const sim = await ctx.sim();
    const bff = await ctx.bff();
    const session = await ctx.adminSession();
    if (!(await routeExists(bff.baseUrl, session, "POST", "/api/users/import"))) return notMeasurableYet("POST /api/users/import missing");

    const run = randomBytes(3).toString("hex");
    const viaBff = Array.from({ length: CREATES }, (_, i) => `bench.imp.${run}.${i}`);
    const direct = Array.from({ length: CREATES }, (_, i) => `bench.dir.${run}.${i}`);
    const csv = `loginId,firstName,lastName,team\r\n${viaBff.map((loginId, i) => `${loginId},Bench,Import ${i},${TEAM}`).join("\r\n")}\r\n`;
    const csvHeaders = { ...sessionHeaders(bff.baseUrl, session), "Content-Type": "text/csv" };
    const token = await ctx.directToken();
    const auth = { Authorization: `Bearer ${token}` };

    try {
      const measured = await withUpstreamLatency(sim, LATENCY_MS, async () => {
        progress(`row 15: previewing a ${CREATES}-row CSV through the BFF (${LATENCY_MS} ms upstream latency)`);
        let started = performance.now();
        const preview = await json<{ summary?: Record<string, number> }>(`${bff.baseUrl}/api/users/import?mode=preview`, { method: "POST", headers: csvHeaders, body: csv, timeoutMs: 120_000 });
        const previewSeconds = seconds(started);
        if (preview.status !== 200) throw new Error(`the preview answered ${preview.status}: ${JSON.stringify(preview.body)}`);

        progress("row 15: applying it, until the job has ended");
        await sim.control("DELETE", "/calls");
        started = performance.now();
        const startAnswer = await json<JobBody>(`${bff.baseUrl}/api/users/import?mode=apply`, { method: "POST", headers: csvHeaders, body: csv, timeoutMs: 120_000 });
        const acceptedSeconds = seconds(started);
        if (startAnswer.status !== 202 || !startAnswer.body.id) throw new Error(`the apply answered ${startAnswer.status}: ${JSON.stringify(startAnswer.body)}`);
        let job: JobBody = startAnswer.body;
        const until = performance.now() + 600_000;
        while (job.state === "running" && performance.now() < until) {
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
          job = (await json<JobBody>(`${bff.baseUrl}/api/jobs/${job.id}`, { headers: { Cookie: session.cookie, Accept: "application/json" } })).body;
        }
        const applySeconds = seconds(started);
        const applyPeak = (await sim.inFlight()).peak;
        const applyCalls = await sim.callCounts();

        progress(`row 15: the baseline, ${CREATES} POST /configapi/v2/user straight at the simulator, ${CONCURRENCY} at once`);
        await sim.control("DELETE", "/calls");
        const statuses: Record<string, number> = {};
        started = performance.now();
        await pool(direct, CONCURRENCY, async (loginId) => {
          const res = await json(`${sim.baseUrl}/configapi/v2/user`, {
            method: "POST",
            headers: { ...auth, "Content-Type": "application/json" },
            body: JSON.stringify({ loginId, firstName: "Bench", lastName: "Direct", team: TEAM, password: "Bench-Direct-7k", changePassword: true }),
          });
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        });
        const directSeconds = seconds(started);
        return { previewSeconds, acceptedSeconds, applySeconds, applyPeak, applyCalls, job, directSeconds, directStatuses: statuses, summary: preview.body.summary };
      });

      const outcomes: Record<string, number> = {};
      for (const row of measured.job.result?.rows ?? []) outcomes[row.outcome] = (outcomes[row.outcome] ?? 0) + 1;
      const created = outcomes["created"] ?? 0;
      const ratio = measured.applySeconds / measured.directSeconds;
      const floorSeconds = (CREATES * LATENCY_MS) / CONCURRENCY / 1000;
      return {
        figure: `preview ${measured.previewSeconds.toFixed(2)} s; apply ${measured.applySeconds.toFixed(2)} s (${created}/${CREATES} created)`,
        baseline: `direct ${measured.directSeconds.toFixed(2)} s`,
        ratio: `${ratio.toFixed(2)}×`,
        result: verdict(ratio <= TARGET_RATIO && created === CREATES && measured.job.state === "succeeded"),
        note:
          `${LATENCY_MS} ms upstream latency, ${CONCURRENCY} at once both ways (floor for ${CREATES} calls: ${floorSeconds.toFixed(2)} s); ` +
          `the apply's 202 came after ${measured.acceptedSeconds.toFixed(2)} s (its own preview: one read per row), the job's creates took ${(measured.applySeconds - measured.acceptedSeconds).toFixed(2)} s more ` +
          `(${((measured.applySeconds - measured.acceptedSeconds) / measured.directSeconds).toFixed(2)}× direct); ` +
          `upstream calls during the apply ${JSON.stringify(measured.applyCalls)}, peak ${measured.applyPeak} in flight; ` +
          `job ${measured.job.state}${measured.job.problem ? ` (${measured.job.problem})` : ""}, outcomes ${JSON.stringify(outcomes)}; direct answers ${JSON.stringify(measured.directStatuses)}`,
        data: { creates: CREATES, latencyMs: LATENCY_MS, concurrency: CONCURRENCY, ratio, outcomes, ...measured, job: { state: measured.job.state, done: measured.job.done, total: measured.job.total } },
      };
    } finally {
      // Leave the tenant as it was for the rows after this one.
      progress("row 15: deleting the users it created");
      await pool([...viaBff, ...direct], CONCURRENCY, async (loginId) => {
        await json(`${sim.baseUrl}/configapi/v2/user/${encodeURIComponent(loginId)}`, { method: "DELETE", headers: auth });
      });
    }
  },
};
