import { useQuery } from "@tanstack/react-query";
import type { NavItem } from "@/components/layouts/main-nav";
import { directoryQueryOptions } from "@/features/directory/api/get-directory";
import { CommandPalette } from "@/features/palette/components/command-palette";
import { readRecentPeople } from "@/features/palette/lib/recent-people";
import { ResetPasswordDialog } from "@/features/users/components/reset-password-dialog";
import { usePersonActions } from "./use-person-actions";
import { useShownPerson } from "./use-shown-person";

/**
 * The command palette with what it offers (the directory every person search shares, the actions
 * on the person shown), or the reset-password dialog one of them opens. A chunk of its own (the
 * keyboard layer loads it lazily), so that none of it weighs on the Directory's first load.
 */
export default function PaletteHost({
  mode,
  pages,
  account,
  onResetPassword,
  onClose,
}: {
  /** Nothing shown: the host stays mounted once used, for the outcome of what it started. */
  mode: "palette" | "reset-password" | null;
  pages: readonly NavItem[];
  account: string;
  onResetPassword: () => void;
  onClose: () => void;
}) {
  const person = useShownPerson();
  const actions = usePersonActions(onResetPassword);
  const directory = useQuery({ ...directoryQueryOptions(), enabled: mode === "palette" });

  if (mode === null) return null;
  if (mode === "reset-password") {
    return person ? <ResetPasswordDialog loginId={person.loginId} displayName={person.name} onClose={onClose} /> : null;
  }
  return (
    <CommandPalette
      directory={{ entries: directory.data, isPending: directory.isPending, isError: directory.isError }}
      pages={pages}
      actions={actions}
      recent={readRecentPeople(account)}
      onClose={onClose}
    />
  );
}
