import { randomBytes } from "node:crypto";
import { sessionHeaders, routeExists } from "../lib/bff-client.ts";
import { json } from "../lib/http.ts";
import { progress } from "../lib/log.ts";
import { notMeasurableYet, verdict, type Row } from "../lib/row.ts";

const CREATES = 50;
const TEAM = "Support Team";

type Answer = { loginId: string; status: number; title: string; detail: string; confirmedBy: string };

/** Words a problem would use to say a create may have happened (its outcome unknown), rather than that it failed. */
const UNCERTAIN = /may have|might have|unknown|not sure|could not (be )?(confirm|verif)|unconfirmed|check/i;

/**
 * 50 creates through the BFF's `POST /api/users`, each of which the simulator performs and then
 * answers by closing the connection. Then, straight from the simulator: does each user exist, and
 * exactly once? An answer is truthful when a 2xx names a user that exists, or a refusal names one
 * that does not; the target asks for every one to be reported as created, after reading it back.
 */
export const lostAnswersRow: Row = {
  id: 8,
  what: "Lost answers: the simulator drops the connection after performing 50 creates",
  target: "0 duplicates; all 50 reported truthfully (created, read back)",
  async run(ctx) {
    const sim = await ctx.sim();
    const bff = await ctx.bff();
    const session = await ctx.adminSession();
    if (!(await routeExists(bff.baseUrl, session, "POST", "/api/users"))) return notMeasurableYet("POST /api/users missing");

    const run = randomBytes(3).toString("hex");
    const loginIds = Array.from({ length: CREATES }, (_, i) => `bench.lost.${run}.${i}`);
    await sim.control("DELETE", "/calls");
    await sim.control("PUT", "/drop", { endpoint: "POST /user", afterPerforming: true, count: CREATES });
    const answers: Answer[] = [];
    try {
      progress(`row 8: ${CREATES} creates, each answer lost after the simulator performed it`);
      for (const [i, loginId] of loginIds.entries()) {
        const res = await json<{ title?: string; detail?: string; confirmedBy?: string } | undefined>(`${bff.baseUrl}/api/users`, {
          method: "POST",
          headers: sessionHeaders(bff.baseUrl, session, true),
          body: JSON.stringify({ loginId, firstName: "Bench", lastName: `Lost ${run} ${i}`, team: TEAM }),
          timeoutMs: 120_000,
        });
        // Only what the row judges: a created user's answer also carries its temporary password.
        answers.push({ loginId, status: res.status, title: res.body?.title ?? "", detail: res.body?.detail ?? "", confirmedBy: res.body?.confirmedBy ?? "" });
      }
    } finally {
      await sim.control("DELETE", "/faults");
    }

    const token = await ctx.directToken();
    const auth = { Authorization: `Bearer ${token}` };
    const directory = await json<{ loginId: string; lastName?: string }[]>(`${sim.baseUrl}/configapi/v2/phone/user`, { headers: auth });
    const entries = Array.isArray(directory.body) ? directory.body : [];
    const calls = await sim.callCounts();
    let duplicates = 0;
    let reportedCreated = 0;
    let truthful = 0;
    let untruthful = 0;
    let uncertain = 0;
    for (const [i, answer] of answers.entries()) {
      const copies = entries.filter((e) => e.loginId === answer.loginId || e.lastName === `Lost ${run} ${i}`).length;
      duplicates += Math.max(0, copies - 1);
      const exists = copies > 0;
      const ok = answer.status >= 200 && answer.status < 300;
      if (ok) reportedCreated++;
      if (ok && exists) truthful++;
      else if (!ok && UNCERTAIN.test(`${answer.title} ${answer.detail}`)) uncertain++;
      else if (!ok && !exists) truthful++;
      else untruthful++;
    }
    // Leave the tenant as it was for the rows after this one.
    for (const loginId of loginIds) await json(`${sim.baseUrl}/configapi/v2/user/${encodeURIComponent(loginId)}`, { method: "DELETE", headers: auth });

    const statuses: Record<string, number> = {};
    for (const a of answers) statuses[a.status] = (statuses[a.status] ?? 0) + 1;
    const sample = answers.find((a) => a.status >= 300);
    const readBack = answers.filter((a) => a.confirmedBy === "read-back").length;
    return {
      figure: `${duplicates} duplicates; ${reportedCreated}/${CREATES} reported created`,
      baseline: "—",
      ratio: "—",
      result: verdict(duplicates === 0 && reportedCreated === CREATES && truthful === CREATES),
      note:
        `answers ${JSON.stringify(statuses)}, ${readBack} confirmed by read-back; truthful ${truthful}, "may have been created" ${uncertain}, untruthful ${untruthful}; ` +
        `${calls["POST /user"] ?? 0} POST /user reached the simulator` +
        (sample ? `; e.g. ${sample.status} "${sample.title}: ${sample.detail}"` : ""),
      data: { creates: CREATES, statuses, readBack, duplicates, reportedCreated, truthful, uncertain, untruthful, upstreamCreates: calls["POST /user"] ?? 0, answers },
    };
  },
};
