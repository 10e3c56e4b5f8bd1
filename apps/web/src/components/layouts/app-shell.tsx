import type { ReactNode } from "react";
import { Link, NavLink } from "react-router";
import { paths } from "@/config/paths";
import { cn } from "@/lib/cn";
import { MAIN_CONTENT_ID } from "./skip-link";

export type NavItem = { label: string; href: string };

/** The frame of every signed-in page: product name, primary navigation, the account, the page. */
export function AppShell({
  navItems,
  search,
  account,
  children,
}: {
  navItems: readonly NavItem[];
  /** The search on every page, between the navigation and the account; its own row on a phone. */
  search?: ReactNode;
  account: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link
            to={paths.home.getHref()}
            className="rounded-sm text-lg font-semibold tracking-tight text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
          >
            Switchboard
          </Link>
          {/* On a phone the navigation gets its own row under the name and the account. */}
          <nav aria-label="Main" className="order-last -mx-3 w-full sm:order-none sm:mx-0 sm:w-auto">
            <ul className="flex flex-wrap gap-1">
              {navItems.map((item) => (
                <li key={item.href}>
                  <NavLink
                    to={item.href}
                    className={({ isActive }) =>
                      cn(
                        "inline-flex min-h-9 items-center rounded-md px-3 text-sm font-medium",
                        "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600",
                        isActive
                          ? "bg-brand-50 text-brand-800"
                          : "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
                      )
                    }
                  >
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          {search && <div className="order-last w-full sm:order-none sm:w-auto sm:max-w-xs sm:flex-1">{search}</div>}
          <div className="ml-auto">{account}</div>
        </div>
      </header>
      <main
        id={MAIN_CONTENT_ID}
        tabIndex={-1}
        className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none"
      >
        {children}
      </main>
    </>
  );
}
