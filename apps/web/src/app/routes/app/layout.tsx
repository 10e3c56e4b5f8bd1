import { useNavigate } from "react-router";
import { AppShell } from "@/components/layouts/app-shell";
import { paths } from "@/config/paths";
import { PeopleSearch } from "@/features/directory/components/people-search";
import { useSession } from "@/features/session/api/get-session";
import { AccountMenu } from "@/features/session/components/account-menu";
import { revalidateOnPathChange } from "@/lib/route-revalidation";
import { KeyboardLayer } from "../../keyboard-layer";
import { navItemsFor } from "../../navigation";
import { PermittedOutlet } from "../../permitted-outlet";

export const shouldRevalidate = revalidateOnPathChange;

/** Every signed-in page; the router's requireSession middleware has let only sessions through. */
export default function SignedInLayout() {
  const navigate = useNavigate();
  const { data: session } = useSession();
  const navItems = navItemsFor(session?.permissions ?? [], session?.capabilities.operations ?? []);
  return (
    <AppShell
      navItems={navItems}
      search={<PeopleSearch />}
      account={<AccountMenu onSignedOut={() => void navigate(paths.signIn.getHref())} />}
    >
      <PermittedOutlet />
      <KeyboardLayer pages={navItems} />
    </AppShell>
  );
}
