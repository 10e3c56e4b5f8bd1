import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DirectoryResponseSchema, ImportPreviewSchema, UserSchema, type Role, type User } from "@switchboard/contracts";
import { SAME_ORIGIN, startGenesysHarness, type GenesysHarness } from "../harness.ts";

// The import preview on PLATFORM=genesys: no team, extension or phone columns, roles that only an admin
// may change, creates without a team; and still not one write to GWS.

let h: GenesysHarness;
let agentUser: User;

beforeAll(async () => {
  h = await startGenesysHarness({ upstreamConcurrency: 4 }, { recordUpstream: true });
  const { agent } = await h.signIn("admin");
  const directory = DirectoryResponseSchema.parse((await agent.get("/api/directory")).body).users;
  const loginId = directory.find((entry) => !entry.loginId.startsWith("switchboard.api"))?.loginId ?? "";
  agentUser = UserSchema.parse((await agent.get(`/api/users/${encodeURIComponent(loginId)}`)).body);
});
afterAll(async () => h.close());

async function preview(role: Role, csv: string) {
  const { agent, csrfToken } = await h.signIn(role);
  const mark = h.upstreamCalls().length;
  const res = await agent
    .post("/api/users/import?mode=preview")
    .set({ ...SAME_ORIGIN, "X-CSRF-Token": csrfToken, "Content-Type": "text/csv" })
    .send(csv);
  const writes = h
    .upstreamCalls()
    .slice(mark)
    .filter((call) => call.method !== "GET");
  return { res, writes };
}

describe("the import preview on Genesys", () => {
  it("a delete row of the GWS user Switchboard signs in as is an error: applying it would lock Switchboard out", async () => {
    const { res, writes } = await preview("admin", `loginId,action\r\n${h.sim.credentials.username},delete\r\n`);

    expect(res.status, res.text).toBe(200);
    const [row] = ImportPreviewSchema.parse(res.body).rows;
    expect(row).toMatchObject({ action: "error" });
    expect(row?.errors).toEqual([
      { field: "action", message: "Switchboard signs in to the contact center as this user; deleting it would lock Switchboard out. Empty this cell." },
    ]);
    expect(writes).toEqual([]);
  });

  it("a supervisor may not change roles; a team column is an error; a name change previews as an update", async () => {
    const roles = [...agentUser.roles, "ROLE_SUPERVISOR"].join(";");
    const { res, writes } = await preview("supervisor", `loginId,firstName,team,roles\r\n${agentUser.loginId},Renamed,,${roles}\r\n${agentUser.loginId.toUpperCase()}x,,Sales,\r\n`);

    expect(res.status, res.text).toBe(200);
    const [first, second] = ImportPreviewSchema.parse(res.body).rows;
    expect(first?.errors).toEqual([{ field: "roles", message: "Only an admin can change a user's roles. Leave this column empty, or as it is." }]);
    expect(second?.errors).toContainEqual({ field: "team", message: "This contact center (genesys) has no team for its users. Leave this column empty." });
    expect(writes).toEqual([]);
  });

  it("an admin's create needs no team, a roles change is an update, and nothing is written", async () => {
    const { res, writes } = await preview(
      "admin",
      `loginId,firstName,lastName,roles\r\nnew.hire@example.com,New,Hire,ROLE_AGENT\r\n${agentUser.loginId},,,${[...agentUser.roles, "ROLE_SUPERVISOR"].join(";")}\r\n`,
    );

    expect(res.status, res.text).toBe(200);
    const body = ImportPreviewSchema.parse(res.body);
    expect(body.rows.map((row) => row.action)).toEqual(["create", "update"]);
    expect(body.rows[1]?.changes?.["roles"]?.to).toEqual([...agentUser.roles, "ROLE_SUPERVISOR"]);
    expect(writes).toEqual([]);
  });
});
