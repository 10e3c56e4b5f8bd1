import { ROLES, type Role } from "@switchboard/contracts";
import type { SelectOption } from "@/components/ui/select-field";

/** What each role adds to the one before it (docs/architecture.md, "Roles"), for whoever picks one. */
const ROLE_SUMMARIES: Record<Role, string> = {
  viewer: "Viewer: the directory, teams and profiles",
  helpdesk: "Helpdesk: also unlocks accounts and resets passwords",
  supervisor: "Supervisor: also edits skills and teams, enables and disables users",
  admin: "Admin: everything, including these accounts and the audit trail",
};

export function roleLabel(role: Role): string {
  return role.charAt(0).toUpperCase() + role.slice(1);
}

export const ROLE_OPTIONS: readonly SelectOption[] = ROLES.map((role) => ({ value: role, label: ROLE_SUMMARIES[role] }));

/** "a helpdesk", "an admin". */
export function withArticle(role: Role): string {
  return `${/^[aeiou]/.test(role) ? "an" : "a"} ${role}`;
}

/** Account names compare as the BFF compares them: without regard to case. */
export function isSameAccount(a: string, b: string | undefined): boolean {
  return b !== undefined && a.toLowerCase() === b.toLowerCase();
}
