import type { ReactNode } from "react";
import { Link } from "react-router";
import { paths } from "@/config/paths";
import { useFitsOnOneLine } from "@/hooks/use-fits-on-one-line";
import { cn } from "@/lib/cn";
import { ThemeSelect } from "../ui/theme-select";
import { HeaderMenu } from "./header-menu";
import { MainNav, type NavItem } from "./main-nav";
import { MAIN_CONTENT_ID } from "./skip-link";

/** The header's and the page's width: wide enough for an admin's whole header on a 1280 px screen. */
const FRAME = "mx-auto w-full max-w-7xl px-4";

/**
 * The frame of every signed-in page: product name, primary navigation, search, the account, the
 * page. The header keeps to one line: when its items do not fit side by side (a phone, an admin's
 * seven pages at 1024 px, a large font), the navigation and the account go into a menu, and on a
 * phone the search takes a line of its own.
 */
export function AppShell({
  navItems,
  search,
  account,
  children,
}: {
  navItems: readonly NavItem[];
  /** The search on every page, between the navigation and the account. */
  search?: ReactNode;
  account: ReactNode;
  children: ReactNode;
}) {
  const [rowRef, fits] = useFitsOnOneLine<HTMLDivElement>(navItems.map((item) => item.href).join(" "));
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <div ref={rowRef} className={cn(FRAME, "flex items-center gap-x-4 gap-y-2 py-3", fits ? "flex-nowrap" : "flex-wrap")}>
          <Link
            to={paths.home.getHref()}
            className="shrink-0 rounded-sm text-lg font-semibold tracking-tight text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
          >
            Switchboard
          </Link>
          {fits && (
            <div className="shrink-0">
              <MainNav items={navItems} />
            </div>
          )}
          {search && (
            <div className={cn(fits ? "min-w-52 flex-1 sm:max-w-sm" : "order-last w-full sm:order-none sm:w-auto sm:max-w-md sm:flex-1")}>
              {search}
            </div>
          )}
          <div className="ml-auto shrink-0">
            {fits ? (
              account
            ) : (
              <HeaderMenu>
                <MainNav items={navItems} column />
                <div className="border-t border-slate-200 px-3 pt-3 pb-1">{account}</div>
              </HeaderMenu>
            )}
          </div>
        </div>
      </header>
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className={cn(FRAME, "flex-1 py-6 focus:outline-none")}>
        {children}
      </main>
      {/* Below the page, not in the header: an admin's header has no room to spare at 1280 px. */}
      <footer className={cn(FRAME, "flex flex-wrap items-center justify-between gap-x-4 gap-y-2 border-t border-slate-200 py-3")}>
        <p className="text-sm text-slate-700">
          Press <kbd className="font-sans font-semibold">?</kbd> for the keyboard shortcuts,{" "}
          <kbd className="font-sans font-semibold">Ctrl K</kbd> for the command palette.
        </p>
        <ThemeSelect />
      </footer>
    </>
  );
}
