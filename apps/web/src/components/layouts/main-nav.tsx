import { Link, useLocation } from "react-router";
import { cn } from "@/lib/cn";

export type NavItem = { label: string; href: string };

/**
 * The entry of the page shown: the most specific whose path holds it, so that on /users/new it is
 * "New user" alone, while a user's page (/users/:loginId) is under "Users".
 */
export function currentNavHref(items: readonly NavItem[], pathname: string): string | undefined {
  let current: string | undefined;
  for (const { href } of items) {
    const holds = pathname === href || pathname.startsWith(`${href}/`);
    if (holds && href.length > (current?.length ?? 0)) current = href;
  }
  return current;
}

/** The primary navigation: a row in the header, or a column in its menu. */
export function MainNav({ items, column = false }: { items: readonly NavItem[]; column?: boolean }) {
  const { pathname } = useLocation();
  const current = currentNavHref(items, pathname);
  return (
    <nav aria-label="Main">
      <ul className={cn("flex gap-1", column ? "flex-col" : "whitespace-nowrap")}>
        {items.map((item) => (
          <li key={item.href}>
            <Link
              to={item.href}
              aria-current={item.href === current ? "page" : undefined}
              className={cn(
                "flex min-h-9 items-center rounded-md px-2 text-sm font-medium",
                "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600",
                "aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800",
                "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
              )}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
