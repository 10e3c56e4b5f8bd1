import { RoleSchema, type Role } from "@switchboard/contracts";
import { z } from "zod";
import type { Db } from "../db/database.ts";

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
  /** The teams the identity provider gave at the last sign-in (OIDC_TEAMS_CLAIM); null when none were given. */
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
  find(username: string): Account | undefined;
  list(): Account[];
  create(account: { username: string; passwordHash: string; role: Role }): void;
  update(username: string, change: { passwordHash?: string; role?: Role; disabled?: boolean }): boolean;
  remove(username: string): boolean;
  /**
   * Creates an SSO account (no password) or brings its role and teams up to what the provider said;
   * refuses (false) when the name belongs to a password account or to another subject of the provider.
   */
  upsertSso(account: SsoAccount): boolean;
}

export function createAccountsStore(db: Db): AccountsStore {
  const now = () => new Date().toISOString();
  const findStmt = db.prepare("SELECT * FROM accounts WHERE username = ?");
  const listStmt = db.prepare("SELECT * FROM accounts ORDER BY username COLLATE NOCASE");
  const insertStmt = db.prepare(
    "INSERT INTO accounts (username, password_hash, role, disabled, created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?)",
  );
  const removeStmt = db.prepare("DELETE FROM accounts WHERE username = ?");
  const insertSsoStmt = db.prepare(
    "INSERT INTO accounts (username, password_hash, role, disabled, sso_subject, teams, created_at, updated_at) VALUES (?, '', ?, 0, ?, ?, ?, ?)",
  );
  const updateSsoStmt = db.prepare("UPDATE accounts SET role = ?, teams = ?, updated_at = ? WHERE username = ? AND sso_subject = ?");
  return {
    find(username) {
      const row = findStmt.get(username);
      return row === undefined ? undefined : toAccount(row);
    },
    list: () => listStmt.all().map(toAccount),
    create({ username, passwordHash, role }) {
      const at = now();
      insertStmt.run(username, passwordHash, role, at, at);
    },
    update(username, change) {
      const sets: string[] = [];
      const values: (string | number)[] = [];
      if (change.passwordHash !== undefined) (sets.push("password_hash = ?"), values.push(change.passwordHash));
      if (change.role !== undefined) (sets.push("role = ?"), values.push(change.role));
      if (change.disabled !== undefined) (sets.push("disabled = ?"), values.push(change.disabled ? 1 : 0));
      if (sets.length === 0) return findStmt.get(username) !== undefined;
      const result = db
        .prepare(`UPDATE accounts SET ${sets.join(", ")}, updated_at = ? WHERE username = ?`)
        .run(...values, now(), username);
      return result.changes === 1;
    },
    remove: (username) => removeStmt.run(username).changes === 1,
    upsertSso({ username, subject, role, teams }) {
      const at = now();
      const teamsJson = teams === null ? null : JSON.stringify(teams);
      return db.transaction(() => {
        const existing = findStmt.get(username);
        if (existing === undefined) return insertSsoStmt.run(username, role, subject, teamsJson, at, at).changes === 1;
        return updateSsoStmt.run(role, teamsJson, at, username, subject).changes === 1;
      }).immediate();
    },
  };
}
