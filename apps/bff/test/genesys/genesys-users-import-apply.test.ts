import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DirectoryResponseSchema, UserSchema, type User } from "@switchboard/contracts";
import { SAME_ORIGIN, startGenesysHarness, type GenesysHarness } from "../harness.ts";
import { waitForJob } from "../job-polling.ts";

// Applying a users CSV on PLATFORM=genesys: creates without a team, a name change, a delete, through
// the Genesys adapter; applied again, nothing is written.

let h: GenesysHarness;
let target: User;
let doomed: string;

beforeAll(async () => {
  h = await startGenesysHarness({ upstreamConcurrency: 4 }, { recordUpstream: true });
  const { agent } = await h.signIn("admin");
  const logins = DirectoryResponseSchema.parse((await agent.get("/api/directory")).body)
    .users.map((entry) => entry.loginId)
    .filter((loginId) => !loginId.startsWith("switchboard.api"));
  target = UserSchema.parse((await agent.get(`/api/users/${encodeURIComponent(logins[0] ?? "")}`)).body);
  doomed = logins[logins.length - 1] ?? "";
});
afterAll(async () => h.close());

async function apply(csv: string) {
  const { agent, csrfToken } = await h.signIn("admin");
  const mark = h.upstreamCalls().length;
  const res = await agent.post("/api/users/import?mode=apply").set({ ...SAME_ORIGIN, "X-CSRF-Token": csrfToken, "Content-Type": "text/csv" }).send(csv);
  expect(res.status, res.text).toBe(202);
  const job = await waitForJob(agent, String(res.headers["location"]));
  if (job.kind !== "users.import" || !job.result) throw new Error(`no import result: ${job.problem ?? job.state}`);
  const writes = h
    .upstreamCalls()
    .slice(mark)
    .filter((call) => call.method !== "GET" && !call.url.includes("/token"));
  return { agent, result: job.result, writes };
}

describe("applying an import on Genesys", () => {
  it("creates, updates and deletes through GWS, each row's outcome; the same file again writes nothing", async () => {
    const csv = `loginId,firstName,lastName,roles,action\r\nimp.hire@example.com,Imp,Hire,ROLE_AGENT,\r\n${target.loginId},Renamed,,,\r\n${doomed},,,,delete\r\n`;

    const first = await apply(csv);
    expect(first.result.rows).toEqual([
      { row: 2, loginId: "imp.hire@example.com", outcome: "created" },
      { row: 3, loginId: target.loginId, outcome: "updated" },
      { row: 4, loginId: doomed, outcome: "deleted" },
    ]);
    expect(first.result.needPassword).toEqual(["imp.hire@example.com"]);
    const created = UserSchema.parse((await first.agent.get("/api/users/imp.hire%40example.com")).body);
    expect(created).toMatchObject({ firstName: "Imp", lastName: "Hire" });
    expect(UserSchema.parse((await first.agent.get(`/api/users/${encodeURIComponent(target.loginId)}`)).body).firstName).toBe("Renamed");
    expect((await first.agent.get(`/api/users/${encodeURIComponent(doomed)}`)).status).toBe(404);

    const again = await apply(csv);
    expect(again.result.rows.map((row) => row.outcome)).toEqual(["unchanged", "unchanged", "unchanged"]);
    expect(again.writes).toEqual([]);
  });
});
