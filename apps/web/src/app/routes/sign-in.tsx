import type { QueryClient } from "@tanstack/react-query";
import { redirect, useNavigate, useSearchParams, type LoaderFunctionArgs } from "react-router";
import { AuthLayout } from "@/components/layouts/auth-layout";
import { PageHeading } from "@/components/layouts/page-heading";
import { paths } from "@/config/paths";
import { DemoAccountsNote } from "@/features/health/components/demo-accounts-note";
import { sessionQueryOptions } from "@/features/session/api/get-session";
import { SignInForm } from "@/features/session/components/sign-in-form";
import { safeNextPath } from "@/lib/safe-next-path";

/** Someone already signed in has nothing to do here: send them on. */
export function clientLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const session = await queryClient.ensureQueryData(sessionQueryOptions()).catch(() => null);
    if (session) throw redirect(safeNextPath(new URL(request.url).searchParams.get("next")));
    return null;
  };
}

export default function SignInRoute() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  return (
    <AuthLayout>
      <PageHeading title={paths.signIn.title}>Sign in to Switchboard</PageHeading>
      <SignInForm
        onSignedIn={() => void navigate(safeNextPath(searchParams.get("next")), { replace: true })}
      />
      <DemoAccountsNote />
    </AuthLayout>
  );
}
