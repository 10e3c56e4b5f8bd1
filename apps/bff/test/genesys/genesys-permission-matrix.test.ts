import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { roleCan, type Role } from "@switchboard/contracts";
import { ROLES, startGenesysHarness, type GenesysHarness } from "../harness.ts";
import { ROUTES, routeName, type RouteRow } from "../security/route-table.ts";
import { expectProblem, sameOriginWith, send } from "../security/support.ts";

// The security route table on PLATFORM=genesys: every role × route cell. A forbidden cell answers 403
// before any work (GWS receives nothing); an allowed one gets past the checks — to 501 where Genesys
// lacks the operation.

let h: GenesysHarness;
beforeAll(async () => {
  h = await startGenesysHarness({ directoryTtlMs: 0 });
});
afterAll(async () => h.close());

const cells = ROUTES.flatMap((row) => {
  const access = row.access;
  if (access.kind !== "permission") return [];
  return ROLES.map((role) => ({ name: `${routeName(row)} as ${role}`, row, role, allowed: roleCan(role, access.permission) }));
});

const LACKING = new Set(["/api/teams", "/api/access-numbers", "/api/users/:loginId/lock", "/api/users/:loginId/password"]);

async function callAs(role: Role, row: RouteRow) {
  const { agent, csrfToken } = await h.signIn(role);
  const before = h.sim.control.callCounts();
  const res = await send(agent, row, sameOriginWith(csrfToken));
  return { res, before, after: h.sim.control.callCounts() };
}

describe("the permission matrix on Genesys", () => {
  it.each(cells.filter((c) => !c.allowed).map((c) => [c.name, c] as const))("%s: 403, and GWS receives no call", async (_name, { row, role }) => {
    const { res, before, after } = await callAs(role, row);
    expect(expectProblem(res, 403).type).toBe("/problems/forbidden");
    expect(after).toEqual(before);
  });

  it.each(cells.filter((c) => c.allowed).map((c) => [c.name, c] as const))("%s: gets past the checks", async (_name, { row, role }) => {
    const { res } = await callAs(role, row);
    expect([401, 403], res.text).not.toContain(res.status);
    if (LACKING.has(row.path)) expect(res.status, res.text).toBe(501);
  });
});
