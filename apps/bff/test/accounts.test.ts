import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AccountListSchema, AccountSchema, AuditQuerySchema, ProblemSchema, SessionSchema } from "@switchboard/contracts";
import type { AuditRecord, Role } from "@switchboard/contracts";
import { createAuditStore } from "../src/audit/audit-store.ts";
import { SAME_ORIGIN, startHarness, type Harness } from "./harness.ts";

let h: Harness;
let admin: Awaited<ReturnType<typeof signInAs>>;
beforeAll(async () => {
  h = await startHarness();
  admin = await signInAs("admin");
});
afterAll(async () => h.close());

const NEW_PASSWORD = "violet kettle drums at dawn";

/** A signed-in client that sends what the SPA sends with every change: same origin and the CSRF token. */
async function signInAs(username: string, password?: string) {
  const { agent, csrfToken } = await h.signIn(username, password);
  return {
    agent,
    get: (path: string) => agent.get(path),
    post: (path: string, body: object) => agent.post(path).set(SAME_ORIGIN).set("X-CSRF-Token", csrfToken).send(body),
    patch: (path: string, body: object) => agent.patch(path).set(SAME_ORIGIN).set("X-CSRF-Token", csrfToken).send(body),
    delete: (path: string) => agent.delete(path).set(SAME_ORIGIN).set("X-CSRF-Token", csrfToken),
  };
}

let counter = 0;
/** A fresh account per test, created through the API, so tests never share one. */
async function createAccount(role: Role, password = NEW_PASSWORD) {
  const username = `acct-${role}-${++counter}`;
  const res = await admin.post("/api/accounts", { username, password, role });
  expect(res.status).toBe(201);
  return username;
}

async function auditOf(target: string): Promise<AuditRecord[]> {
  return (await createAuditStore(h.db).query(AuditQuerySchema.parse({ target }))).records;
}

describe("an admin manages dashboard accounts", () => {
  it("creates a helpdesk account that can sign in but not manage accounts", async () => {
    const res = await admin.post("/api/accounts", { username: "new.helpdesk", password: NEW_PASSWORD, role: "helpdesk" });
    expect(res.status).toBe(201);
    expect(AccountSchema.unwrap().strict().parse(res.body)).toMatchObject({ username: "new.helpdesk", role: "helpdesk", disabled: false });

    const helpdesk = await signInAs("new.helpdesk", NEW_PASSWORD);
    const session = SessionSchema.parse((await helpdesk.get("/api/session")).body);
    expect(session.account.role).toBe("helpdesk");
    expect(session.permissions).not.toContain("manageAccounts");
    const list = await helpdesk.get("/api/accounts");
    expect(list.status).toBe(403);
    expect(ProblemSchema.parse(list.body).status).toBe(403);
  });

  it("lists accounts by name with role, state and dates, and never a password hash", async () => {
    await createAccount("viewer");
    const res = await admin.get("/api/accounts");
    expect(res.status).toBe(200);
    const { accounts } = AccountListSchema.parse(res.body);
    expect(accounts.map((a) => a.username)).toEqual(expect.arrayContaining(["admin", "viewer", "helpdesk", "supervisor"]));
    for (const account of res.body.accounts) expect(Object.keys(account).sort()).toEqual(["createdAt", "disabled", "role", "sso", "teams", "updatedAt", "username"]);
    expect(res.text).not.toMatch(/scrypt|hash/i);
  });

  it("keeps the account API to admins", async () => {
    const supervisor = await signInAs("supervisor");
    expect((await supervisor.get("/api/accounts")).status).toBe(403);
    expect((await supervisor.post("/api/accounts", { username: "sneaky", password: NEW_PASSWORD, role: "admin" })).status).toBe(403);
    expect((await supervisor.patch("/api/accounts/supervisor", { role: "admin" })).status).toBe(403);
    expect((await supervisor.delete("/api/accounts/admin")).status).toBe(403);
    expect(await h.accounts.find("sneaky")).toBeUndefined();
    expect((await h.accounts.find("supervisor"))?.role).toBe("supervisor");
    expect((await h.request().get("/api/accounts")).status).toBe(401);
  });
});

describe("input is checked and each problem names its field", () => {
  it("names every invalid field of a new account", async () => {
    const res = await admin.post("/api/accounts", { username: "a", password: "short", role: "boss" });
    expect(res.status).toBe(400);
    const fields = ProblemSchema.parse(res.body).errors?.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(["username", "password", "role"]));
  });

  it("refuses names with spaces, control characters or other letters than ASCII", async () => {
    for (const username of ["with space", "tab\tname", "line\nbreak", "аdmin", "x".repeat(65)]) {
      const res = await admin.post("/api/accounts", { username, password: NEW_PASSWORD, role: "viewer" });
      expect(res.status, username).toBe(400);
      expect(ProblemSchema.parse(res.body).errors).toEqual([expect.objectContaining({ field: "username" })]);
    }
  });

  it("refuses one of the most common passwords with the field and the reason", async () => {
    const res = await admin.post("/api/accounts", { username: "common.pw", password: "Password1234", role: "viewer" });
    expect(res.status).toBe(400);
    expect(ProblemSchema.parse(res.body).errors).toEqual([
      { field: "password", message: "This is one of the most common passwords; choose another." },
    ]);
    expect(await h.accounts.find("common.pw")).toBeUndefined();
  });

  it("refuses an empty change, unknown fields and wrong types", async () => {
    const target = await createAccount("viewer");
    const empty = await admin.patch(`/api/accounts/${target}`, {});
    expect(empty.status).toBe(400);
    expect(ProblemSchema.parse(empty.body).errors?.[0]?.message).toBe("Give at least one of role, disabled, password, teams.");
    const typed = await admin.patch(`/api/accounts/${target}`, { disabled: "yes", role: "root" });
    expect(ProblemSchema.parse(typed.body).errors?.map((e) => e.field).sort()).toEqual(["disabled", "role"]);
    expect((await admin.patch(`/api/accounts/${target}`, { username: "renamed" })).status).toBe(400);
    expect((await admin.patch(`/api/accounts/${target}`, { password: "too short" })).status).toBe(400);
  });
});

describe("names are unique and must exist", () => {
  it("answers 409 when the name exists, whatever its case", async () => {
    const name = await createAccount("viewer");
    for (const username of [name, name.toUpperCase()]) {
      const res = await admin.post("/api/accounts", { username, password: NEW_PASSWORD, role: "admin" });
      expect(res.status).toBe(409);
      expect(ProblemSchema.parse(res.body).detail).toBe(`An account named "${username}" already exists.`);
    }
    expect((await h.accounts.find(name))?.role).toBe("viewer");
  });

  it("answers 404 for a change or removal of an unknown account", async () => {
    const patch = await admin.patch("/api/accounts/nobody.here", { disabled: true });
    expect(patch.status).toBe(404);
    expect(ProblemSchema.parse(patch.body).detail).toBe('There is no account named "nobody.here".');
    expect((await admin.delete("/api/accounts/nobody.here")).status).toBe(404);
  });
});

describe("admins are protected from locking everyone out", () => {
  it("refuses to let an admin disable, demote or remove their own account", async () => {
    const disable = await admin.patch("/api/accounts/admin", { disabled: true });
    expect(disable.status).toBe(409);
    expect(ProblemSchema.parse(disable.body).detail).toBe("You cannot disable your own account; ask another admin to do it.");
    const demote = await admin.patch("/api/accounts/ADMIN", { role: "supervisor" });
    expect(demote.status).toBe(409);
    expect(ProblemSchema.parse(demote.body).detail).toBe("You cannot demote your own account; ask another admin to do it.");
    const remove = await admin.delete("/api/accounts/admin");
    expect(remove.status).toBe(409);
    expect(ProblemSchema.parse(remove.body).detail).toBe("You cannot remove your own account; ask another admin to do it.");
    expect(await h.accounts.find("admin")).toMatchObject({ role: "admin", disabled: false });
    expect((await admin.get("/api/accounts")).status).toBe(200);
  });

  it("lets another admin do it", async () => {
    const other = await createAccount("admin");
    const otherAdmin = await signInAs(other, NEW_PASSWORD);
    const res = await otherAdmin.patch(`/api/accounts/${other}`, { role: "admin", disabled: false });
    expect(res.status).toBe(200); // a change that takes nothing away is allowed on oneself
    expect((await admin.patch(`/api/accounts/${other}`, { role: "viewer" })).status).toBe(200);
  });
});

describe("a change reaches the account's sessions at once", () => {
  it("disabling ends every session of the account and blocks sign-in until enabled again", async () => {
    const name = await createAccount("helpdesk");
    const first = await signInAs(name, NEW_PASSWORD);
    const second = await signInAs(name, NEW_PASSWORD);
    const res = await admin.patch(`/api/accounts/${name}`, { disabled: true });
    expect(res.status).toBe(200);
    expect(AccountSchema.parse(res.body).disabled).toBe(true);
    expect((await first.get("/api/session")).status).toBe(401);
    expect((await second.get("/api/directory")).status).toBe(401);
    await expect(signInAs(name, NEW_PASSWORD)).rejects.toThrow(/401/);

    expect((await admin.patch(`/api/accounts/${name}`, { disabled: false })).status).toBe(200);
    expect((await (await signInAs(name, NEW_PASSWORD)).get("/api/session")).status).toBe(200);
  });

  it("a new password ends the sessions; only the new password signs in", async () => {
    const name = await createAccount("viewer");
    const before = await signInAs(name, NEW_PASSWORD);
    const reset = "ochre lanterns over the bay";
    expect((await admin.patch(`/api/accounts/${name}`, { password: reset })).status).toBe(200);
    expect((await before.get("/api/session")).status).toBe(401);
    await expect(signInAs(name, NEW_PASSWORD)).rejects.toThrow(/401/);
    expect((await (await signInAs(name, reset)).get("/api/session")).status).toBe(200);
  });

  it("an admin who sets their own password is signed out everywhere, this session too", async () => {
    const name = await createAccount("admin");
    const self = await signInAs(name, NEW_PASSWORD);
    const reset = "granite owls keep the ledger";
    expect((await self.patch(`/api/accounts/${name}`, { password: reset })).status).toBe(200);
    expect((await self.get("/api/accounts")).status).toBe(401);
    expect((await (await signInAs(name, reset)).get("/api/accounts")).status).toBe(200);
  });

  it("removal ends the sessions and frees the name", async () => {
    const name = await createAccount("supervisor");
    const session = await signInAs(name, NEW_PASSWORD);
    expect((await admin.delete(`/api/accounts/${name}`)).status).toBe(204);
    expect((await session.get("/api/session")).status).toBe(401);
    expect(AccountListSchema.parse((await admin.get("/api/accounts")).body).accounts.map((a) => a.username)).not.toContain(name);
    expect((await admin.delete(`/api/accounts/${name}`)).status).toBe(404);
  });

  it("a role change keeps the session, and its very next request has the new role", async () => {
    const name = await createAccount("admin");
    const demoted = await signInAs(name, NEW_PASSWORD);
    expect((await demoted.get("/api/accounts")).status).toBe(200);

    expect((await admin.patch(`/api/accounts/${name}`, { role: "viewer" })).status).toBe(200);
    expect((await demoted.get("/api/accounts")).status).toBe(403);
    const session = SessionSchema.parse((await demoted.get("/api/session")).body);
    expect(session.account.role).toBe("viewer");
    expect(session.permissions).not.toContain("manageAccounts");

    expect((await admin.patch(`/api/accounts/${name}`, { role: "admin" })).status).toBe(200);
    expect((await demoted.get("/api/accounts")).status).toBe(200);
  });
});

describe("every change is audited", () => {
  it("records create, update and remove with before → after, and the password only as changed", async () => {
    const name = `audited-${++counter}`;
    const password = "saffron tiles on every roof";
    const reset = "cobalt ferries cross at noon";
    expect((await admin.post("/api/accounts", { username: name, password, role: "viewer" })).status).toBe(201);
    expect((await admin.patch(`/api/accounts/${name}`, { role: "helpdesk", disabled: true, password: reset })).status).toBe(200);
    expect((await admin.delete(`/api/accounts/${name}`)).status).toBe(204);

    const records = (await auditOf(name)).reverse();
    expect(records.map((r) => [r.action, r.outcome, r.status, r.actor])).toEqual([
      ["account.create", "succeeded", 201, "admin"],
      ["account.update", "succeeded", 200, "admin"],
      ["account.remove", "succeeded", 204, "admin"],
    ]);
    expect(records[0]?.changes).toEqual({ after: { username: name, role: "viewer", disabled: false, password: "[redacted]" } });
    expect(records[1]?.changes).toEqual({
      before: { role: "viewer", disabled: false },
      after: { role: "helpdesk", disabled: true, password: "[redacted]" },
    });
    expect(records[2]?.changes).toEqual({ before: { username: name, role: "helpdesk", disabled: true } });
    const everything = JSON.stringify((await createAuditStore(h.db).query(AuditQuerySchema.parse({ limit: 500 }))).records);
    for (const secret of [password, reset, NEW_PASSWORD]) expect(everything).not.toContain(secret);
  });

  it("records refusals with their reason", async () => {
    await admin.delete("/api/accounts/admin");
    const [refusal] = (await auditOf("admin")).filter((r) => r.action === "account.remove");
    expect(refusal).toMatchObject({ outcome: "refused", status: 409, reason: "You cannot remove your own account; ask another admin to do it." });

    await admin.post("/api/accounts", { username: "weak.pw", password: "Password1234", role: "viewer" });
    expect(await auditOf("weak.pw")).toEqual([expect.objectContaining({ action: "account.create", outcome: "refused", status: 400 })]);
  });
});
