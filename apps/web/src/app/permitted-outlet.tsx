import { Outlet, useMatches } from "react-router";
import { StandInPage } from "@/components/layouts/stand-in-page";
import { useSession } from "@/features/session/api/get-session";
import { operationOf, permissionOf } from "./route-permission";

/**
 * The page, or a plain "no access" in its place when the signed-in role lacks what the route asks
 * for. It follows the session as it changes: a 403 from the BFF refetches it (see router.tsx), so
 * an admin demoted while the page is open sees this instead of a page that no longer works.
 */
export function PermittedOutlet() {
  const matches = useMatches();
  const { data: session } = useSession();
  const granted = session?.permissions ?? [];
  const missing = matches.map((match) => permissionOf(match.handle)).find((p) => p && !granted.includes(p));
  if (missing) return <NoAccess role={session?.account.role} />;
  const operations = session?.capabilities.operations ?? [];
  const unsupported = matches.map((match) => operationOf(match.handle)).some((o) => o && !operations.includes(o));
  return unsupported ? <NotOnThisPlatform /> : <Outlet />;
}

/** A page the platform behind the BFF has no counterpart for (Genesys has no teams, for one). */
function NotOnThisPlatform() {
  return (
    <StandInPage title="Not available" heading="Not available on this contact center platform">
      The contact center platform this console works with has nothing this page would show.
    </StandInPage>
  );
}

function NoAccess({ role }: { role: string | undefined }) {
  return (
    <StandInPage title="No access" heading="You don’t have access to this page">
      {role ? `Your role, ${role}, cannot open it.` : "Your account cannot open it."} If you need it, ask an admin to
      change your role.
    </StandInPage>
  );
}
