import { lazy, Suspense, useEffect, useState } from "react";
import type { NavItem } from "@/components/layouts/main-nav";
import { useSession } from "@/features/session/api/get-session";
import { rememberPerson } from "@/features/palette/lib/recent-people";
import { useShortcuts } from "@/features/shortcuts/hooks/use-shortcuts";
import { useShownPerson } from "./use-shown-person";

type Open = "palette" | "help" | "reset-password" | null;

// cmdk, the palette's ranking and its actions are a chunk of their own: the Directory's first load
// (bench row 4) does not carry them. Holding Ctrl or ⌘ starts the download, so it is usually there
// before the K.
const importPaletteHost = () => import("./palette-host");
const PaletteHost = lazy(importPaletteHost);
const ShortcutsDialog = lazy(() =>
  import("@/features/shortcuts/components/shortcuts-dialog").then((module) => ({ default: module.ShortcutsDialog })),
);

function usePrefetchPaletteOnModifier(): void {
  useEffect(() => {
    function handleKeyDown(event: KeyboardEvent) {
      if (event.key !== "Control" && event.key !== "Meta") return;
      void importPaletteHost();
      document.removeEventListener("keydown", handleKeyDown);
    }
    document.addEventListener("keydown", handleKeyDown);
    return () => document.removeEventListener("keydown", handleKeyDown);
  }, []);
}

/**
 * The keyboard's way through the console, on every signed-in page: the shortcuts, the command
 * palette they open, their help, and the dialog an action of the palette may open. It remembers
 * each person whose page is opened, for the palette's "Opened last".
 */
export function KeyboardLayer({ pages }: { pages: readonly NavItem[] }) {
  const [open, setOpen] = useState<Open>(null);
  const account = useSession().data?.account.username ?? "";
  const person = useShownPerson();
  usePrefetchPaletteOnModifier();
  const allowedHrefs = pages.map((page) => page.href);
  useShortcuts({
    allowedHrefs,
    onPalette: () => setOpen((now) => (now === "palette" ? null : "palette")),
    onHelp: () => setOpen("help"),
  });

  // Once their page has shown them: a login that names no one is not remembered.
  const personLogin = person?.loaded ? person.loginId : undefined;
  const personName = person?.name;
  useEffect(() => {
    if (account && personLogin && personName) rememberPerson(account, { loginId: personLogin, name: personName });
  }, [account, personLogin, personName]);

  // Once opened, the palette's host stays: an unlock it started still reports its outcome (a toast)
  // after the palette has closed.
  const [paletteUsed, setPaletteUsed] = useState(false);
  if (open === "palette" && !paletteUsed) setPaletteUsed(true);

  const close = () => setOpen(null);
  return (
    <>
      {open === "help" && (
        <Suspense fallback={null}>
          <ShortcutsDialog allowedHrefs={allowedHrefs} onClose={close} />
        </Suspense>
      )}
      {paletteUsed && (
        <Suspense fallback={null}>
          <PaletteHost
            mode={open === "palette" || open === "reset-password" ? open : null}
            pages={pages}
            account={account}
            onResetPassword={() => setOpen("reset-password")}
            onClose={close}
          />
        </Suspense>
      )}
    </>
  );
}
