import { RoleSchema, type Role } from "@switchboard/contracts";
import { z } from "zod";
import type { Db } from "../db/database.ts";

const AccountRowSchema = z.object({
  username: z.string(),
  password_hash: z.string(),
  role: RoleSchema,
  disabled: z.number().transform((n) => n === 1),
  created_at: z.string(),
  updated_at: z.string(),
});

export interface Account {
  username: string;
  passwordHash: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

function toAccount(row: unknown): Account {
  const r = AccountRowSchema.parse(row);
  return { username: r.username, passwordHash: r.password_hash, role: r.role, disabled: r.disabled, createdAt: r.created_at, updatedAt: r.updated_at };
}

export interface AccountsStore {
  find(username: string): Account | undefined;
  list(): Account[];
  create(account: { username: string; passwordHash: string; role: Role }): void;
  update(username: string, change: { passwordHash?: string; role?: Role; disabled?: boolean }): boolean;
  remove(username: string): boolean;
}

export function createAccountsStore(db: Db): AccountsStore {
  const now = () => new Date().toISOString();
  const findStmt = db.prepare("SELECT * FROM accounts WHERE username = ?");
  const listStmt = db.prepare("SELECT * FROM accounts ORDER BY username COLLATE NOCASE");
  const insertStmt = db.prepare(
    "INSERT INTO accounts (username, password_hash, role, disabled, created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?)",
  );
  const removeStmt = db.prepare("DELETE FROM accounts WHERE username = ?");
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
  };
}
