import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { useToast } from "@/components/ui/toast";
import { paths } from "@/config/paths";
import { lockStateQueryOptions } from "@/features/locks/api/get-lock-state";
import { useUnlockUser } from "@/features/locks/api/unlock-user";
import { usePermissions } from "@/features/session/hooks/use-permissions";
import { userHistoryQueryOptions } from "@/features/users/api/get-user-history";
import { getErrorMessage } from "@/lib/errors";
import type { PaletteAction } from "@/features/palette/components/command-palette";
import { useShownPerson } from "./use-shown-person";

export type PersonAction = PaletteAction & { id: "unlock" | "reset-password" | "open-in-users" };

/**
 * What the signed-in role may do on the person shown, as the user page does it: Unlock runs the
 * same one-click mutation as the page's button (not offered once the page knows the account is not
 * locked), Reset password opens the page's dialog (`onResetPassword`), which asks before it resets.
 */
export function usePersonActions(onResetPassword: () => void): PersonAction[] {
  const person = useShownPerson();
  const loginId = person?.loginId ?? "";
  const { can, supports } = usePermissions();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const showToast = useToast();
  const unlock = useUnlockUser(loginId);
  const lock = useQuery({ ...lockStateQueryOptions(loginId), enabled: false });
  if (!person) return [];

  const actions: PersonAction[] = [];
  if (can("unlock") && supports("unlock") && lock.data?.lockedOut !== false) {
    actions.push({
      id: "unlock",
      label: `Unlock ${person.name}`,
      run: () =>
        unlock.mutate(undefined, {
          onSuccess: (state) => {
            if (!state.lockedOut) showToast(`Unlocked ${person.name}’s account.`);
            void queryClient.invalidateQueries({ queryKey: userHistoryQueryOptions(loginId).queryKey });
          },
          onError: (error) => showToast(`Could not unlock the account. ${getErrorMessage(error)}`, { tone: "error" }),
        }),
    });
  }
  if (can("resetPassword") && supports("resetPassword")) {
    actions.push({ id: "reset-password", label: `Reset password of ${person.name}…`, run: onResetPassword });
  }
  if (can("readDirectory")) {
    actions.push({
      id: "open-in-users",
      label: `Open ${person.name} in Users`,
      run: () => void navigate(paths.users.getHref({ q: loginId })),
    });
  }
  return actions;
}
