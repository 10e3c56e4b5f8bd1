import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { getErrorMessage } from "@/lib/errors";
import { leaveSiteFor } from "@/lib/leave-site";
import { useSession } from "../api/get-session";
import { useSignOut } from "../api/sign-out";

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * The signed-in account, its role, and the way out. A session the identity provider started ends
 * there too: the browser goes to the provider's end-session page, which sends it back to sign-in.
 */
export function AccountMenu({ onSignedOut }: { onSignedOut: () => void }) {
  const { data: session } = useSession();
  const signOut = useSignOut();
  const showToast = useToast();

  return (
    // Spread across the header's menu when the header does not fit on one line.
    <div className="flex items-center justify-between gap-3">
      {session && (
        <p className="flex min-w-0 flex-col leading-tight">
          <span className="sr-only">Signed in as </span>
          <span title={session.account.username} className="max-w-40 truncate text-sm font-medium text-slate-900">
            {session.account.username}
          </span>
          <span className="sr-only">, role: </span>
          <span className="text-xs text-slate-600">{capitalize(session.account.role)}</span>
        </p>
      )}
      <Button
        variant="secondary"
        size="sm"
        isPending={signOut.isPending}
        onClick={() =>
          signOut.mutate(undefined, {
            onSuccess: (endSessionUrl) => (endSessionUrl ? leaveSiteFor(endSessionUrl) : onSignedOut()),
            onError: (error) => showToast(`Could not sign out. ${getErrorMessage(error)}`, { tone: "error" }),
          })
        }
      >
        Sign out
      </Button>
    </div>
  );
}
