import { AccountNameSchema, type Role } from "@switchboard/contracts";
import { AppError } from "../errors/app-error.ts";
import type { AccountsStore } from "./accounts-store.ts";
import { hashPassword, OWASP_SCRYPT, type ScryptParams } from "./password-hash.ts";
import { checkPassword } from "./password-policy.ts";

export const DEMO_ROLES: readonly Role[] = ["viewer", "helpdesk", "supervisor", "admin"];

/**
 * The bootstrap admin (DASHBOARD_ADMIN_USER/PASSWORD): created when it does not exist yet, an existing
 * one is left as it is. Held to the same name and password rules as an account made in the console.
 */
export async function ensureAccount(
  accounts: AccountsStore,
  account: { username: string; password: string; role: Role },
  params: ScryptParams = OWASP_SCRYPT,
): Promise<boolean> {
  if (await accounts.find(account.username)) return false;
  const name = AccountNameSchema.safeParse(account.username);
  if (!name.success) {
    const message = name.error.issues[0]?.message ?? "Not a valid account name.";
    throw AppError.invalid([{ field: "DASHBOARD_ADMIN_USER", message }], `DASHBOARD_ADMIN_USER: ${message}`);
  }
  const problem = checkPassword(account.password, { field: "DASHBOARD_ADMIN_PASSWORD", username: account.username });
  if (problem) throw AppError.invalid([problem], `${problem.field}: ${problem.message}`);
  return createUnlessRaced(accounts, { username: account.username, passwordHash: await hashPassword(account.password, params), role: account.role });
}

/**
 * Instances starting together on one database (PostgreSQL) each see no account and each create it: the
 * loser's insert fails on the name's uniqueness, and finding the account now means another made it.
 */
async function createUnlessRaced(accounts: AccountsStore, account: { username: string; passwordHash: string; role: Role }): Promise<boolean> {
  try {
    await accounts.create(account);
    return true;
  } catch (error) {
    if (await accounts.find(account.username)) return false;
    throw error;
  }
}

/** Demo mode: one account per role, named after the role, all with this start's demo password. */
export async function upsertDemoAccounts(accounts: AccountsStore, password: string, params: ScryptParams = OWASP_SCRYPT): Promise<void> {
  await Promise.all(
    DEMO_ROLES.map(async (role) => {
      const passwordHash = await hashPassword(password, params);
      if (await accounts.find(role)) await accounts.update(role, { passwordHash, role, disabled: false });
      else if (!(await createUnlessRaced(accounts, { username: role, passwordHash, role }))) await accounts.update(role, { passwordHash, role, disabled: false });
    }),
  );
}
