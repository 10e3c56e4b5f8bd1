import { Link, Outlet, useMatches } from "react-router";
import { PageHeading } from "@/components/layouts/page-heading";
import { paths } from "@/config/paths";
import { useSession } from "@/features/session/api/get-session";
import { permissionOf } from "./route-permission";

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
  return missing ? <NoAccess role={session?.account.role} /> : <Outlet />;
}

function NoAccess({ role }: { role: string | undefined }) {
  return (
    <div className="flex flex-col gap-3">
      <PageHeading title="No access">You don’t have access to this page</PageHeading>
      <p className="text-slate-700">
        {role ? `Your role, ${role}, cannot open it.` : "Your account cannot open it."} If you need it, ask an
        admin to change your role.
      </p>
      <p>
        <Link to={paths.directory.getHref()} className="font-medium text-brand-700 underline underline-offset-2">
          Go to the Directory
        </Link>
      </p>
    </div>
  );
}
