import type { AuthMethods } from "@switchboard/contracts";
import { redirect, useLoaderData, useNavigate, useSearchParams, type LoaderFunctionArgs } from "react-router";
import { AuthLayout } from "@/components/layouts/auth-layout";
import { PageHeading } from "@/components/layouts/page-heading";
import { paths } from "@/config/paths";
import { DemoAccountsNote } from "@/features/health/components/demo-accounts-note";
import { getAuthMethods } from "@/features/session/api/get-auth-methods";
import { SignInForm } from "@/features/session/components/sign-in-form";
import { SingleSignOnButton, SingleSignOnOutcome } from "@/features/session/components/single-sign-on";
import { safeNextPath } from "@/lib/safe-next-path";
import { useDemoMode } from "./root";

/** Someone already signed in has nothing to do here: send them on. Else: which ways to sign in there are. */
export async function clientLoader({ request }: LoaderFunctionArgs): Promise<AuthMethods> {
  const methods = await getAuthMethods({ signal: request.signal });
  if (methods.signedIn) throw redirect(safeNextPath(new URL(request.url).searchParams.get("next")));
  return methods;
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
  const methods = useLoaderData<AuthMethods>();
  const demo = useDemoMode();
  const next = safeNextPath(searchParams.get("next"));
  return (
    <AuthLayout>
      <PageHeading title={paths.signIn.title}>Sign in to Switchboard</PageHeading>
      {methods.sso && (
        <>
          <SingleSignOnOutcome outcome={searchParams.get("sso")} provider={methods.sso.name} />
          <SingleSignOnButton name={methods.sso.name} next={next} />
        </>
      )}
      {methods.sso && methods.local && (
        <p className="text-center text-sm text-slate-600" aria-hidden="true">
          or
        </p>
      )}
      {methods.local && <SignInForm onSigningIn={preloadSignedInArea} onSignedIn={() => void navigate(next, { replace: true })} />}
      <DemoAccountsNote demo={demo && methods.local} />
    </AuthLayout>
  );
}
