import type { Account as AccountView, AuditChanges, CreateAccountRequest, Role, UpdateAccountRequest } from "@switchboard/contracts";
import type { Account, AccountsStore } from "../../auth/accounts-store.ts";
import { hashPassword, OWASP_SCRYPT, type ScryptParams } from "../../auth/password-hash.ts";
import { checkPassword } from "../../auth/password-policy.ts";
import type { SessionsStore } from "../../auth/sessions-store.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../errors/app-error.ts";
import { accountProblems } from "./account-problems.ts";

export interface AccountsServiceDeps {
  db: Db;
  accounts: AccountsStore;
  sessions: SessionsStore;
  /** Tests lower the cost; production keeps OWASP's parameters. */
  passwordParams?: ScryptParams | undefined;
}

/**
 * Who asks for the change: the signed-in admin's account name, or undefined for the `pnpm accounts` CLI,
 * whose operator has shell access to the store and no dashboard account to protect.
 */
export type ActorAccount = string | undefined;

/** What a change did, for the audit trail; a password appears only as the word "set" or "changed". */
export interface AccountChange {
  account: AccountView | undefined;
  changes: AuditChanges;
}

export interface AccountsService {
  list(): AccountView[];
  find(username: string): AccountView | undefined;
  create(actor: ActorAccount, input: CreateAccountRequest): Promise<AccountChange>;
  update(actor: ActorAccount, username: string, change: UpdateAccountRequest): Promise<AccountChange>;
  remove(actor: ActorAccount, username: string): AccountChange;
}

function toView(account: Account): AccountView {
  return {
    username: account.username,
    role: account.role,
    disabled: account.disabled,
    sso: account.ssoSubject !== null,
    createdAt: account.createdAt,
    updatedAt: account.updatedAt,
  };
}

type Next = { role: Role; disabled: boolean } | "removed";

/** How a change would take an enabled admin away, if it would. */
function adminLossOf(target: Account, next: Next): "disable" | "demote" | "remove" | undefined {
  if (target.role !== "admin" || target.disabled) return undefined;
  if (next === "removed") return "remove";
  if (next.disabled) return "disable";
  return next.role === "admin" ? undefined : "demote";
}

function sameName(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toLowerCase() === b.toLowerCase();
}

export function createAccountsService(deps: AccountsServiceDeps): AccountsService {
  const { db, accounts, sessions } = deps;
  const params = deps.passwordParams ?? OWASP_SCRYPT;

  const find = (username: string): Account => {
    const account = accounts.find(username);
    if (!account) throw accountProblems.notFound(username);
    return account;
  };

  const hashAcceptable = async (password: string, username: string): Promise<string> => {
    const problem = checkPassword(password, { username });
    if (problem) throw AppError.invalid([problem], problem.message);
    return hashPassword(password, params);
  };

  /** The self-protection and last-admin rules, checked inside the write transaction that applies the change. */
  const guard = (actor: ActorAccount, target: Account, next: Next) => {
    const loss = adminLossOf(target, next);
    if (!loss) return;
    if (sameName(actor, target.username)) throw accountProblems.ownAccount(loss);
    const enabledAdmins = accounts.list().filter((a) => a.role === "admin" && !a.disabled).length;
    if (enabledAdmins <= 1) throw accountProblems.lastAdmin(target.username, loss);
  };

  // Every check-then-write runs in an IMMEDIATE transaction: it holds SQLite's write lock from the first
  // read, so the server and a CLI run at the same moment cannot both remove "one of two" admins.
  const writing = <T>(work: () => T): T => db.transaction(work).immediate();

  return {
    list: () => accounts.list().map(toView),
    find(username) {
      const account = accounts.find(username);
      return account && toView(account);
    },

    async create(_actor, input) {
      if (accounts.find(input.username)) throw accountProblems.exists(input.username);
      const passwordHash = await hashAcceptable(input.password, input.username);
      return writing(() => {
        if (accounts.find(input.username)) throw accountProblems.exists(input.username);
        accounts.create({ username: input.username, passwordHash, role: input.role });
        const created = toView(find(input.username));
        const after = { username: created.username, role: created.role, disabled: created.disabled, password: "set" };
        return { account: created, changes: { after } };
      });
    },

    async update(actor, username, change) {
      const existing = find(username);
      if (change.password !== undefined && existing.ssoSubject !== null) throw accountProblems.ssoAccount(existing.username);
      const passwordHash = change.password === undefined ? undefined : await hashAcceptable(change.password, existing.username);
      return writing(() => {
        const before = find(username);
        const role = change.role ?? before.role;
        const disabled = change.disabled ?? before.disabled;
        guard(actor, before, { role, disabled });
        accounts.update(before.username, { role, disabled, ...(passwordHash ? { passwordHash } : {}) });
        // Disabling and a new password end every session of the account at once (the admin's own too,
        // when it is their password). A role change needs no such step: each request reads the role
        // afresh from the store, so the account's very next request already has the new permissions.
        if (passwordHash || (disabled && !before.disabled)) sessions.destroyAllOf(before.username);
        const after = find(before.username);
        return { account: toView(after), changes: describeUpdate(before, after, passwordHash !== undefined) };
      });
    },

    remove(actor, username) {
      return writing(() => {
        const before = find(username);
        guard(actor, before, "removed");
        sessions.destroyAllOf(before.username);
        accounts.remove(before.username);
        return { account: undefined, changes: { before: { username: before.username, role: before.role, disabled: before.disabled } } };
      });
    },
  };
}

/** Only what changed, before → after. */
function describeUpdate(before: Account, after: Account, passwordChanged: boolean): AuditChanges {
  const was: Record<string, unknown> = {};
  const now: Record<string, unknown> = {};
  for (const key of ["role", "disabled"] as const) {
    if (before[key] === after[key]) continue;
    was[key] = before[key];
    now[key] = after[key];
  }
  if (passwordChanged) now["password"] = "changed";
  return { before: was, after: now };
}
