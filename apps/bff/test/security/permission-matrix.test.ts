import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { roleCan, type Role } from "@switchboard/contracts";
import { ROLES, startHarness, type Harness } from "../harness.ts";
import { ROUTES, routeName, type RouteRow } from "./route-table.ts";
import { expectProblem, sameOriginWith, send, upstreamCalls } from "./support.ts";

// Guarantee 2: every role × route cell of the matrix. A forbidden cell answers 403 before any work,
// so the upstream (the simulator's call counters) receives nothing.

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ directoryTtlMs: 0 });
});
afterAll(async () => h.close());

const cells = ROUTES.flatMap((row) => {
  const access = row.access;
  if (access.kind !== "permission") return [];
  return ROLES.map((role) => ({ name: `${routeName(row)} as ${role}`, row, role, allowed: roleCan(role, access.permission) }));
});

async function callAs(role: Role, row: RouteRow) {
  const { agent, csrfToken } = await h.signIn(role);
  const before = upstreamCalls(h);
  const res = await send(agent, row, sameOriginWith(csrfToken));
  return { res, before, after: upstreamCalls(h) };
}

describe("the permission matrix, cell by cell", () => {
  it("covers every route that needs a permission, for every role", () => {
    const guarded = ROUTES.filter((row) => row.access.kind === "permission");
    expect(cells).toHaveLength(guarded.length * ROLES.length);
    expect(guarded.length).toBeGreaterThan(1);
  });

  it.each(cells.filter((c) => !c.allowed).map((c) => [c.name, c] as const))("%s: 403, and the upstream receives no call", async (_name, { row, role }) => {
    const { res, before, after } = await callAs(role, row);
    const problem = expectProblem(res, 403);
    expect(problem.type).toBe("/problems/forbidden");
    expect(after).toEqual(before);
  });

  it.each(cells.filter((c) => c.allowed).map((c) => [c.name, c] as const))("%s: gets past the checks", async (_name, { row, role }) => {
    const { res } = await callAs(role, row);
    expect([401, 403], res.text).not.toContain(res.status);
  });
});
