import { RoleSchema, type Role } from "@switchboard/contracts";
import { z } from "zod";
import type { Sql } from "../db/sql.ts";

const AccountRowSchema = z.object({
  username: z.string(),
  password_hash: z.string(),
  role: RoleSchema,
  disabled: z.number().transform((n) => n === 1),
  sso_subject: z.string().nullable(),
  teams: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});

export interface Account {
  username: string;
  passwordHash: string;
  role: Role;
  disabled: boolean;
  /** The identity provider's `sub` for an account it signs in (single sign-on); null for a password account. */
  ssoSubject: string | null;
  /**
   * The teams the account is scoped to (decision 023): an admin's setting, or for an SSO account what the
   * identity provider gave at the last sign-in (OIDC_TEAMS_CLAIM); null: the whole tenant.
   */
  teams: string[] | null;
  createdAt: string;
  updatedAt: string;
}

const TeamsSchema = z.array(z.string());

/** An account as the identity provider describes it at a sign-in. */
export interface SsoAccount {
  username: string;
  subject: string;
  role: Role;
  teams: string[] | null;
}

const teamsJsonOf = (teams: readonly string[] | null): string | null => (teams === null ? null : JSON.stringify(teams));

function toAccount(row: unknown): Account {
  const r = AccountRowSchema.parse(row);
  return {
    username: r.username,
    passwordHash: r.password_hash,
    role: r.role,
    disabled: r.disabled,
    ssoSubject: r.sso_subject,
    teams: r.teams === null ? null : TeamsSchema.parse(JSON.parse(r.teams)),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface AccountsStore {
  find(username: string): Promise<Account | undefined>;
  list(): Promise<Account[]>;
  create(account: { username: string; passwordHash: string; role: Role; teams?: readonly string[] | null }): Promise<void>;
  update(username: string, change: { passwordHash?: string; role?: Role; disabled?: boolean; teams?: readonly string[] | null }): Promise<boolean>;
  remove(username: string): Promise<boolean>;
  /**
   * Creates an SSO account (no password) or brings its role and teams up to what the provider said;
   * refuses (false) when the name belongs to a password account or to another subject of the provider.
   */
  upsertSso(account: SsoAccount): Promise<boolean>;
}

/** `db` may be a transaction (features/accounts/accounts-service.ts checks and writes in one). */
export function createAccountsStore(db: Sql): AccountsStore {
  const now = () => new Date().toISOString();
  const byName = `${db.ci("username")} = ?`;
  const find = async (username: string) => {
    const row = await db.get(`SELECT * FROM accounts WHERE ${byName}`, [username]);
    return row === undefined ? undefined : toAccount(row);
  };
  return {
    find,
    list: async () => (await db.all(`SELECT * FROM accounts ORDER BY ${db.ci("username")}`)).map(toAccount),
    async create({ username, passwordHash, role, teams = null }) {
      const at = now();
      await db.run("INSERT INTO accounts (username, password_hash, role, disabled, teams, created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?, ?)", [
        username,
        passwordHash,
        role,
        teamsJsonOf(teams),
        at,
        at,
      ]);
    },
    async update(username, change) {
      const sets: string[] = [];
      const values: (string | number | null)[] = [];
      if (change.passwordHash !== undefined) (sets.push("password_hash = ?"), values.push(change.passwordHash));
      if (change.role !== undefined) (sets.push("role = ?"), values.push(change.role));
      if (change.disabled !== undefined) (sets.push("disabled = ?"), values.push(change.disabled ? 1 : 0));
      if (change.teams !== undefined) (sets.push("teams = ?"), values.push(teamsJsonOf(change.teams)));
      if (sets.length === 0) return (await find(username)) !== undefined;
      const result = await db.run(`UPDATE accounts SET ${sets.join(", ")}, updated_at = ? WHERE ${byName}`, [...values, now(), username]);
      return result.changes === 1;
    },
    remove: async (username) => (await db.run(`DELETE FROM accounts WHERE ${byName}`, [username])).changes === 1,
    upsertSso({ username, subject, role, teams }) {
      const at = now();
      const teamsJson = teamsJsonOf(teams);
      return db.transaction(
        async (tx) => {
          const existing = await tx.get(`SELECT username FROM accounts WHERE ${byName}`, [username]);
          if (existing === undefined) {
            const sql =
              "INSERT INTO accounts (username, password_hash, role, disabled, sso_subject, teams, created_at, updated_at) VALUES (?, '', ?, 0, ?, ?, ?, ?)";
            return (await tx.run(sql, [username, role, subject, teamsJson, at, at])).changes === 1;
          }
          const sql = `UPDATE accounts SET role = ?, teams = ?, updated_at = ? WHERE ${byName} AND sso_subject = ?`;
          return (await tx.run(sql, [role, teamsJson, at, username, subject])).changes === 1;
        },
        { exclusive: "accounts" },
      );
    },
  };
}
