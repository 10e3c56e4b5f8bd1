import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LockStateSchema, roleCan, UserSchema, type Role } from "@switchboard/contracts";
import { hashPassword } from "../../src/auth/password-hash.ts";
import { FAST_SCRYPT, PASSWORD, ROLES, startHarness, type Harness } from "../harness.ts";
import { MATRIX_SCOPE, ROUTES, routeName, type RouteRow } from "./route-table.ts";
import { expectProblem, sameOriginWith, send, upstreamCalls } from "./support.ts";

// Guarantee 2: every role × route cell of the matrix. A forbidden cell answers 403 before any work,
// so the upstream (the simulator's call counters) receives nothing.

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ directoryTtlMs: 0 });
  // The same roles scoped to one team (decision 023); an admin is never scoped.
  const passwordHash = await hashPassword(PASSWORD, FAST_SCRYPT);
  for (const role of SCOPED_ROLES) await h.accounts.create({ username: `scoped-${role}`, passwordHash, role, teams: MATRIX_SCOPE });
});

const SCOPED_ROLES = ROLES.filter((role) => role !== "admin");
afterAll(async () => h.close());

const cells = ROUTES.flatMap((row) => {
  const access = row.access;
  if (access.kind !== "permission") return [];
  return ROLES.map((role) => ({ name: `${routeName(row)} as ${role}`, row, role, allowed: roleCan(role, access.permission) }));
});

async function callAs(role: Role, row: RouteRow, account: string = role) {
  const { agent, csrfToken } = await h.signIn(account);
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

// Role × scoped/unscoped: a scope narrows whom an account acts on, never what its role may do.
describe("the permission matrix for accounts scoped to a team", () => {
  const scopedCells = cells.filter((c) => c.role !== "admin");

  it.each(scopedCells.filter((c) => !c.allowed).map((c) => [c.name, c] as const))("%s, scoped: 403 as unscoped, no upstream call", async (_name, { row, role }) => {
    const { res, before, after } = await callAs(role, row, `scoped-${role}`);
    expect(expectProblem(res, 403).type).toBe("/problems/forbidden");
    expect(after).toEqual(before);
  });

  it.each(scopedCells.filter((c) => c.allowed).map((c) => [c.name, c] as const))("%s, scoped: gets past the role check", async (_name, { row, role }) => {
    const { res } = await callAs(role, row, `scoped-${role}`);
    expect(res.status, res.text).not.toBe(401);
    if (res.status === 403) expect(res.body.type, res.text).toBe("/problems/outside-team-scope");
  });

  const aboutOneUser = scopedCells.filter((c) => c.allowed && c.row.outsideScope !== undefined);
  it("covers every route about one user", () => expect(new Set(aboutOneUser.map((c) => routeName(c.row))).size).toBe(6));

  it.each(aboutOneUser.map((c) => [c.name, c] as const))("%s about a user of another team: 403 naming the scope when scoped, not when unscoped", async (_name, { row, role }) => {
    const outside = { ...row, ...row.outsideScope };
    const scoped = await callAs(role, outside, `scoped-${role}`);
    const problem = expectProblem(scoped.res, 403);
    expect(problem.type).toBe("/problems/outside-team-scope");
    expect(problem.detail).toBe("eric.chen is in team Support Team; your account is scoped to Customer Service.");
    const unscoped = await callAs(role, outside);
    expect(unscoped.res.status, unscoped.res.text).not.toBe(403);
  });
});

// One route answers differently by role: a user's sign-in details (IP address, browser, when) are
// `readLoginInfo`, while the profile and the lock state are `readUser` (docs/decisions/005).
describe("what each role sees of a user", () => {
  it.each(ROLES.map((role) => [role] as const))("%s: the profile and the lock state; sign-in details only with readLoginInfo", async (role) => {
    const { agent } = await h.signIn(role);
    const res = await agent.get("/api/users/frank.zappa");
    const user = UserSchema.parse(res.body);
    expect(user).toMatchObject({ loginId: "frank.zappa", firstName: "Frank", lastName: "Zappa", team: "Customer Service", disabled: false });
    if (roleCan(role, "readLoginInfo")) {
      expect(user.loginInfo).toMatchObject({ signedIn: true, ipAddress: "172.27.0.1", browser: "Chrome 120.0.0" });
    } else {
      expect(res.body).not.toHaveProperty("loginInfo");
      for (const detail of ["172.27.0.1", "Chrome 120", "Linux", "2024-01-11"]) expect(res.text).not.toContain(detail);
    }
    const lock = await agent.get("/api/users/navarro/lock");
    expect(LockStateSchema.parse(lock.body)).toEqual({ lockedOut: true });
  });
});
