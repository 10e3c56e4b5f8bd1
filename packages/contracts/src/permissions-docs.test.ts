import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { PERMISSIONS, ROLES, type Permission, type Role } from "./permissions.ts";

// The role tables people read must say what the BFF enforces: docs/architecture.md's "Roles" matrix and
// decision 005's split of what a viewer sees. A permission changed in code and not in the docs fails here.

const repo = resolve(import.meta.dirname, "../../..");
const read = (path: string) => readFileSync(resolve(repo, path), "utf8");

/** The table rows of a markdown section: each row's cells, header and divider left out. */
function tableRows(markdown: string): string[][] {
  const rows = markdown.split("\n").filter((line) => line.startsWith("|"));
  return rows.slice(2).map((row) => row.split("|").slice(1, -1).map((cell) => cell.trim()));
}

const permissionsIn = (cell: string) => [...cell.matchAll(/`(\w+)`/g)].map((m) => m[1] as Permission).filter((p) => p in PERMISSIONS);

describe("the role tables in the docs", () => {
  it("architecture.md's matrix lists every permission once, with exactly the roles that hold it", () => {
    const section = read("docs/architecture.md").split("## Roles")[1]?.split("\n## ")[0] ?? "";
    const documented = new Map<Permission, Role[]>();
    for (const [, permissions = "", ...marks] of tableRows(section)) {
      const roles = ROLES.filter((_, index) => marks[index] === "✓");
      for (const permission of permissionsIn(permissions)) {
        expect(documented.has(permission), `${permission} appears twice`).toBe(false);
        documented.set(permission, roles);
      }
    }
    expect(Object.fromEntries(documented)).toEqual(Object.fromEntries(Object.entries(PERMISSIONS).map(([p, roles]) => [p, [...roles]])));
  });

  it("decision 005's table agrees: every reader sees a lock, helpdesk and up the sign-in details", () => {
    const rows = tableRows(read("docs/decisions/005-who-sees-a-lock-and-sign-in-details.md"));
    expect(rows.length).toBeGreaterThan(0);
    for (const [, viewer, others, permissions = ""] of rows) {
      for (const permission of permissionsIn(permissions)) {
        const holders: readonly Role[] = PERMISSIONS[permission];
        expect(holders.includes("viewer"), `${permission} for viewer`).toBe(viewer === "✓");
        expect(["helpdesk", "supervisor", "admin"].every((role) => holders.includes(role as Role)), `${permission} for helpdesk and up`).toBe(others === "✓");
      }
    }
  });
});
