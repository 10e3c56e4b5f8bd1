import { useQuery } from "@tanstack/react-query";
import { useMatch } from "react-router";
import { paths } from "@/config/paths";
import { userQueryOptions } from "@/features/users/api/get-user";
import { displayNameOf } from "@/lib/display-name";

/** The person whose page is shown: /users/:loginId, but not /users/new or /users/import. */
export function useShownPerson(): { loginId: string; name: string; loaded: boolean } | undefined {
  const match = useMatch(paths.user.path);
  const loginId = match?.params["loginId"];
  const shown = loginId !== undefined && match?.pathname !== paths.newUser.path && match?.pathname !== paths.importUsers.path;
  // What the page already loaded; the palette asks for nothing itself.
  const user = useQuery({ ...userQueryOptions(loginId ?? ""), enabled: false });
  if (!shown) return undefined;
  return { loginId, name: user.data ? displayNameOf(user.data) : loginId, loaded: user.data !== undefined };
}
