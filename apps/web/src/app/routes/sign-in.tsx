import { redirect, useNavigate, useSearchParams, type LoaderFunctionArgs } from "react-router";
import { AuthLayout } from "@/components/layouts/auth-layout";
import { PageHeading } from "@/components/layouts/page-heading";
import { paths } from "@/config/paths";
import { DemoAccountsNote } from "@/features/health/components/demo-accounts-note";
import { isSignedIn } from "@/features/session/api/is-signed-in";
import { SignInForm } from "@/features/session/components/sign-in-form";
import { safeNextPath } from "@/lib/safe-next-path";
import { useDemoMode } from "./root";

/** Someone already signed in has nothing to do here: send them on. */
export async function clientLoader({ request }: LoaderFunctionArgs) {
  if (await isSignedIn({ signal: request.signal })) {
    throw redirect(safeNextPath(new URL(request.url).searchParams.get("next")));
  }
  return null;
}

/**
 * The signed-in area's code (TanStack Query, axios, zod) is not on this page (decision 008); start
 * its download while the BFF checks the password, so the next page does not wait for it.
 */
function preloadSignedInArea() {
  void import("../signed-in-area");
}

export default function SignInRoute() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const demo = useDemoMode();
  return (
    <AuthLayout>
      <PageHeading title={paths.signIn.title}>Sign in to Switchboard</PageHeading>
      <SignInForm
        onSigningIn={preloadSignedInArea}
        onSignedIn={() => void navigate(safeNextPath(searchParams.get("next")), { replace: true })}
      />
      <DemoAccountsNote demo={demo} />
    </AuthLayout>
  );
}
