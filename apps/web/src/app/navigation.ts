import type { Permission, PlatformOperation } from "@switchboard/contracts";
import type { NavItem } from "@/components/layouts/main-nav";
import { paths } from "@/config/paths";

/**
 * The primary navigation, in order; each entry shows only to roles that hold its permission and,
 * with an operation, only on a platform that has it (router.tsx declares the same of each page).
 */
const NAV_ITEMS: ReadonlyArray<NavItem & { permission: Permission; operation?: PlatformOperation }> = [
  { label: "Directory", href: paths.directory.getHref(), permission: "readDirectory" },
  { label: "Users", href: paths.users.getHref(), permission: "readDirectory" },
  { label: "Skills", href: paths.skills.getHref(), permission: "readSkillsCoverage" },
  { label: "New user", href: paths.newUser.getHref(), permission: "createUser", operation: "createUser" },
  { label: "Teams", href: paths.teams.getHref(), permission: "readTeams", operation: "listTeams" },
  { label: "Access numbers", href: paths.accessNumbers.getHref(), permission: "readAccessNumbers", operation: "listAccessNumbers" },
  { label: "Lockouts", href: paths.locks.getHref(), permission: "unlock", operation: "getLockState" },
  { label: "Accounts", href: paths.accounts.getHref(), permission: "manageAccounts" },
  { label: "Audit", href: paths.audit.getHref(), permission: "readAudit" },
];

export function navItemsFor(permissions: readonly Permission[], operations: readonly string[]): NavItem[] {
  return NAV_ITEMS.filter(
    (item) => permissions.includes(item.permission) && (!item.operation || operations.includes(item.operation)),
  ).map(({ label, href }) => ({
    label,
    href,
  }));
}
