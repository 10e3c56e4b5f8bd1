import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useEffect, useState } from "react";
import type { NavItem } from "@/components/layouts/main-nav";
import { directoryQueryOptions } from "@/features/directory/api/get-directory";
import { useSession } from "@/features/session/api/get-session";
import { usePersonActions, useShownPerson } from "./use-person-actions";
import { readRecentPeople, rememberPerson } from "@/features/palette/lib/recent-people";
import { ShortcutsDialog } from "@/features/shortcuts/components/shortcuts-dialog";
import { useShortcuts } from "@/features/shortcuts/hooks/use-shortcuts";
import { ResetPasswordDialog } from "@/features/users/components/reset-password-dialog";

type Open = "palette" | "help" | "reset-password" | null;

// cmdk and the palette's ranking are a chunk of their own: the Directory's first load (bench row 4)
// does not carry them. Holding Ctrl or ⌘ starts the download, so it is usually there before the K.
const importPalette = () => import("@/features/palette/components/command-palette");
const CommandPalette = lazy(() => importPalette().then((module) => ({ default: module.CommandPalette })));

function usePrefetchPaletteOnModifier(): void {
  useEffect(() => {
    function handleKeyDown(event: KeyboardEvent) {
      if (event.key !== "Control" && event.key !== "Meta") return;
      void importPalette();
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
  const actions = usePersonActions(() => setOpen("reset-password"));
  const allowedHrefs = pages.map((page) => page.href);
  // The directory every person search of the SPA shares, asked for once the palette first opens.
  const directory = useQuery({ ...directoryQueryOptions(), enabled: open === "palette" });
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

  const close = () => setOpen(null);
  switch (open) {
    case "palette":
      return (
        <Suspense fallback={null}>
          <CommandPalette
            directory={{ entries: directory.data, isPending: directory.isPending, isError: directory.isError }}
            pages={pages}
            actions={actions}
            recent={readRecentPeople(account)}
            onClose={close}
          />
        </Suspense>
      );
    case "help":
      return <ShortcutsDialog allowedHrefs={allowedHrefs} onClose={close} />;
    case "reset-password":
      return person ? <ResetPasswordDialog loginId={person.loginId} displayName={person.name} onClose={close} /> : null;
    default:
      return null;
  }
}
