import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Role } from "@switchboard/contracts";
import { createAccountsStore, type AccountsStore } from "../../auth/accounts-store.ts";
import { verifyPassword } from "../../auth/password-hash.ts";
import { openDatabase, type Db } from "../../db/database.ts";
import { AppError } from "../../errors/app-error.ts";
import { createAccountsService, type AccountsService } from "./accounts-service.ts";

const PASSWORD = "tangerine harbour lights";
const CLI = undefined; // the CLI acts without a dashboard account of its own

let db: Db;
let accounts: AccountsStore;
let service: AccountsService;
beforeEach(async () => {
  db = await openDatabase(":memory:");
  accounts = createAccountsStore(db);
  service = createAccountsService({ db, passwordParams: { N: 2 ** 10, r: 8, p: 1 } });
});
afterEach(() => db.close());

async function add(username: string, role: Role) {
  await service.create(CLI, { username, password: PASSWORD, role });
}

async function refusal(work: () => unknown): Promise<AppError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("the last enabled admin", () => {
  it("can be neither disabled, demoted nor removed", async () => {
    await add("root", "admin");
    for (const attempt of [
      () => service.update(CLI, "root", { disabled: true }),
      () => service.update(CLI, "root", { role: "supervisor" }),
      () => service.remove(CLI, "root"),
    ]) {
      const error = await refusal(attempt);
      expect(error.status).toBe(409);
      expect(error.message).toMatch(/^Cannot (disable|demote|remove) "root": it is the last enabled admin account\./);
    }
    expect(await accounts.find("root")).toMatchObject({ role: "admin", disabled: false });
  });

  it("does not count disabled admins, and stops counting once another is enabled", async () => {
    await add("root", "admin");
    await add("spare", "admin");
    await service.update(CLI, "spare", { disabled: true });
    expect((await refusal(() => service.remove(CLI, "root"))).status).toBe(409);
    // A disabled admin is no admin to lose: it may go.
    await service.remove(CLI, "spare");
    await add("second", "admin");
    await service.update(CLI, "root", { role: "viewer" });
    expect((await accounts.find("root"))?.role).toBe("viewer");
  });
});

describe("creating and changing", () => {
  it("stores only an scrypt hash of the password", async () => {
    await add("ops", "helpdesk");
    const hash = (await accounts.find("ops"))?.passwordHash ?? "";
    expect(hash).toMatch(/^scrypt\$/);
    expect(hash).not.toContain(PASSWORD);
    expect(await verifyPassword(PASSWORD, hash)).toBe(true);
  });

  it("refuses a password built on the account's name", async () => {
    const error = await refusal(() => service.create(CLI, { username: "nightshift", password: "Nightshift2024", role: "viewer" }));
    expect(error.errors).toEqual([{ field: "password", message: "This is built on the account's name; choose a password that is not." }]);
  });

  it("describes an update by what changed only", async () => {
    await add("ops", "helpdesk");
    const { changes } = await service.update(CLI, "OPS", { role: "helpdesk", disabled: true });
    expect(changes).toEqual({ before: { disabled: false }, after: { disabled: true } });
  });
});

describe("team scopes (decision 023)", () => {
  it("are stored and shown, and an admin's are refused on the field", async () => {
    await add("desk", "helpdesk");
    const { account, changes } = await service.update(CLI, "desk", { teams: ["Sales East", "Sales West"] });
    expect(account?.teams).toEqual(["Sales East", "Sales West"]);
    expect(changes).toEqual({ before: { teams: null }, after: { teams: ["Sales East", "Sales West"] } });
    await add("root", "admin");
    expect((await refusal(() => service.update(CLI, "root", { teams: ["Sales"] }))).errors?.[0]?.field).toBe("teams");
  });

  it("of an SSO account are the identity provider's: an admin's edit is refused with 409", async () => {
    await accounts.upsertSso({ username: "ann", subject: "sub-ann", role: "supervisor", teams: ["Sales East"] });
    const error = await refusal(() => service.update(CLI, "ann", { teams: null }));
    expect(error.status).toBe(409);
    expect(error.message).toBe('"ann" signs in through the identity provider, which decides its teams at each sign-in (OIDC_TEAMS_CLAIM); change them there.');
    expect((await accounts.find("ann"))?.teams).toEqual(["Sales East"]);
  });

  it("are refused where the platform has no teams (Genesys), and clearing one is not", async () => {
    const genesys = createAccountsService({ db, passwordParams: { N: 2 ** 10, r: 8, p: 1 }, teams: { platform: "genesys", supported: false } });
    await add("desk", "helpdesk");
    const error = await refusal(() => genesys.update(CLI, "desk", { teams: ["Sales"] }));
    expect(error.status).toBe(400);
    expect(error.errors).toEqual([{ field: "teams", message: "This contact center (genesys) has no teams: an account cannot be scoped to teams here." }]);
    expect((await genesys.update(CLI, "desk", { teams: null })).account?.teams).toBeNull();
  });
});
