import type { Permission } from "@switchboard/contracts";
import type { NavItem } from "@/components/layouts/main-nav";
import { paths } from "@/config/paths";

/** The primary navigation, in order; each entry shows only to roles that hold its permission. */
const NAV_ITEMS: ReadonlyArray<NavItem & { permission: Permission }> = [
  { label: "Directory", href: paths.directory.getHref(), permission: "readDirectory" },
  { label: "Users", href: paths.users.getHref(), permission: "readDirectory" },
  { label: "New user", href: paths.newUser.getHref(), permission: "createUser" },
  { label: "Teams", href: paths.teams.getHref(), permission: "readTeams" },
  { label: "Access numbers", href: paths.accessNumbers.getHref(), permission: "readAccessNumbers" },
  { label: "Accounts", href: paths.accounts.getHref(), permission: "manageAccounts" },
  { label: "Audit", href: paths.audit.getHref(), permission: "readAudit" },
];

export function navItemsFor(permissions: readonly Permission[]): NavItem[] {
  return NAV_ITEMS.filter((item) => permissions.includes(item.permission)).map(({ label, href }) => ({
    label,
    href,
  }));
}
