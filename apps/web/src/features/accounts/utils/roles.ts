import { ROLES, type Role } from "@switchboard/contracts";
import type { SelectOption } from "@/components/ui/select-field";

/**
 * What each role adds to the one before it (docs/architecture.md, "Roles"), for whoever picks one;
 * teams only where the platform has them (Genesys has none).
 */
function roleSummaries(teams: boolean): Record<Role, string> {
  return {
    viewer: teams ? "Viewer: the directory, teams and profiles" : "Viewer: the directory and profiles",
    helpdesk: "Helpdesk: also unlocks accounts and resets passwords",
    supervisor: teams ? "Supervisor: also edits skills and teams, enables and disables users" : "Supervisor: also edits skills, enables and disables users",
    admin: "Admin: everything, including these accounts and the audit trail",
  };
}

export function roleLabel(role: Role): string {
  return role.charAt(0).toUpperCase() + role.slice(1);
}

/** The roles to pick from; `teams`: the platform has teams (the summaries name them). */
export function roleOptions(teams: boolean): SelectOption[] {
  const summaries = roleSummaries(teams);
  return ROLES.map((role) => ({ value: role, label: summaries[role] }));
}

/** "a helpdesk", "an admin". */
export function withArticle(role: Role): string {
  return `${/^[aeiou]/.test(role) ? "an" : "a"} ${role}`;
}

/** Account names compare as the BFF compares them: without regard to case. */
export function isSameAccount(a: string, b: string | undefined): boolean {
  return b !== undefined && a.toLowerCase() === b.toLowerCase();
}
