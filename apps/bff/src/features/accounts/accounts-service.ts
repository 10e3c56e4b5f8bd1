import type { Account as AccountView, AuditChanges, CreateAccountRequest, Role, UpdateAccountRequest } from "@switchboard/contracts";
import { createAccountsStore, type Account, type AccountsStore } from "../../auth/accounts-store.ts";
import { hashPassword, OWASP_SCRYPT, type ScryptParams } from "../../auth/password-hash.ts";
import { checkPassword } from "../../auth/password-policy.ts";
import { createSessionsStore, type SessionsStore } from "../../auth/sessions-store.ts";
import { teamScopeOf } from "../../auth/team-scope.ts";
import type { Sql } from "../../db/sql.ts";
import { AppError } from "../../errors/app-error.ts";
import { accountProblems } from "./account-problems.ts";

export interface AccountsServiceDeps {
  db: Sql;
  /** Tests lower the cost; production keeps OWASP's parameters. */
  passwordParams?: ScryptParams | undefined;
  /** The platform's name, and whether it has teams to scope an account to (Genesys has none); teams when not given. */
  teams?: { platform: string; supported: boolean } | undefined;
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
  list(): Promise<AccountView[]>;
  find(username: string): Promise<AccountView | undefined>;
  create(actor: ActorAccount, input: CreateAccountRequest): Promise<AccountChange>;
  update(actor: ActorAccount, username: string, change: UpdateAccountRequest): Promise<AccountChange>;
  remove(actor: ActorAccount, username: string): Promise<AccountChange>;
}

function toView(account: Account): AccountView {
  return {
    username: account.username,
    role: account.role,
    disabled: account.disabled,
    sso: account.ssoSubject !== null,
    teams: scopeOf(account.role, account.teams),
    createdAt: account.createdAt,
    updatedAt: account.updatedAt,
  };
}

function scopeOf(role: Role, teams: readonly string[] | null): string[] | null {
  const scope = teamScopeOf(role, teams);
  return scope === null ? null : [...scope];
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

interface Stores {
  accounts: AccountsStore;
  sessions: SessionsStore;
}

export function createAccountsService(deps: AccountsServiceDeps): AccountsService {
  const params = deps.passwordParams ?? OWASP_SCRYPT;
  const outside = createAccountsStore(deps.db);

  const find = async (accounts: AccountsStore, username: string): Promise<Account> => {
    const account = await accounts.find(username);
    if (!account) throw accountProblems.notFound(username);
    return account;
  };

  /** A scope only where the platform has teams, and never on an admin (decision 023). */
  const refuseTeamsThatCannotApply = (teams: readonly string[] | null | undefined, role: Role) => {
    if (teams === undefined || teams === null) return;
    if (deps.teams && !deps.teams.supported) {
      throw accountProblems.teamsNotHere(`This contact center (${deps.teams.platform}) has no teams: an account cannot be scoped to teams here.`);
    }
    if (role === "admin") throw accountProblems.teamsNotHere("An admin account acts on the whole tenant; only supervisor, helpdesk and viewer accounts can be scoped to teams.");
  };

  const hashAcceptable = async (password: string, username: string): Promise<string> => {
    const problem = checkPassword(password, { username });
    if (problem) throw AppError.invalid([problem], problem.message);
    return hashPassword(password, params);
  };

  /** The self-protection and last-admin rules, checked inside the write transaction that applies the change. */
  const guard = async (accounts: AccountsStore, actor: ActorAccount, target: Account, next: Next) => {
    const loss = adminLossOf(target, next);
    if (!loss) return;
    if (sameName(actor, target.username)) throw accountProblems.ownAccount(loss);
    const enabledAdmins = (await accounts.list()).filter((a) => a.role === "admin" && !a.disabled).length;
    if (enabledAdmins <= 1) throw accountProblems.lastAdmin(target.username, loss);
  };

  // Every check-then-write runs in an exclusive transaction (SQLite's write lock, PostgreSQL's advisory
  // lock on "accounts", from the first read): two instances, or the server and a CLI, run at the same
  // moment cannot both remove "one of two" admins.
  const writing = <T>(work: (stores: Stores) => Promise<T>): Promise<T> =>
    deps.db.transaction((tx) => work({ accounts: createAccountsStore(tx), sessions: createSessionsStore(tx) }), { exclusive: "accounts" });

  return {
    list: async () => (await outside.list()).map(toView),
    async find(username) {
      const account = await outside.find(username);
      return account && toView(account);
    },

    async create(_actor, input) {
      if (await outside.find(input.username)) throw accountProblems.exists(input.username);
      refuseTeamsThatCannotApply(input.teams, input.role);
      const passwordHash = await hashAcceptable(input.password, input.username);
      return writing(async ({ accounts }) => {
        if (await accounts.find(input.username)) throw accountProblems.exists(input.username);
        await accounts.create({ username: input.username, passwordHash, role: input.role, teams: input.teams ?? null });
        const created = toView(await find(accounts, input.username));
        const after = { username: created.username, role: created.role, disabled: created.disabled, ...(created.teams ? { teams: created.teams } : {}), password: "set" };
        return { account: created, changes: { after } };
      });
    },

    async update(actor, username, change) {
      const existing = await find(outside, username);
      if (change.password !== undefined && existing.ssoSubject !== null) throw accountProblems.ssoAccount(existing.username);
      if (change.teams !== undefined && existing.ssoSubject !== null) throw accountProblems.ssoTeams(existing.username);
      const passwordHash = change.password === undefined ? undefined : await hashAcceptable(change.password, existing.username);
      return writing(async ({ accounts, sessions }) => {
        const before = await find(accounts, username);
        const role = change.role ?? before.role;
        const disabled = change.disabled ?? before.disabled;
        // Teams left as they were on an account made admin stay stored, unused: an admin is never scoped.
        refuseTeamsThatCannotApply(change.teams, role);
        await guard(accounts, actor, before, { role, disabled });
        const teams = change.teams === undefined ? {} : { teams: change.teams };
        await accounts.update(before.username, { role, disabled, ...teams, ...(passwordHash ? { passwordHash } : {}) });
        // Disabling and a new password end every session of the account at once (the admin's own too,
        // when it is their password), on every instance: a session is a row, read at each request. A role
        // or scope change needs no such step: each request reads the role and the teams afresh from the
        // store, so the account's very next request already has the new permissions and scope.
        if (passwordHash || (disabled && !before.disabled)) await sessions.destroyAllOf(before.username);
        const after = await find(accounts, before.username);
        return { account: toView(after), changes: describeUpdate(before, after, passwordHash !== undefined) };
      });
    },

    remove(actor, username) {
      return writing(async ({ accounts, sessions }) => {
        const before = await find(accounts, username);
        await guard(accounts, actor, before, "removed");
        await sessions.destroyAllOf(before.username);
        await accounts.remove(before.username);
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
  if (JSON.stringify(before.teams) !== JSON.stringify(after.teams)) {
    was["teams"] = before.teams;
    now["teams"] = after.teams;
  }
  if (passwordChanged) now["password"] = "changed";
  return { before: was, after: now };
}
