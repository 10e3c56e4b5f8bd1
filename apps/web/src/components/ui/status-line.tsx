import type { ReactNode } from "react";
import { Spinner } from "./spinner";

/**
 * A page's one live region for its count, empty result and loading: rendered from the start (even
 * empty) so screen readers announce what it comes to say.
 */
export function StatusLine({ isPending, children }: { isPending: boolean; children: ReactNode }) {
  return (
    <p role="status" className="flex min-h-6 items-center gap-2 text-sm font-medium text-slate-700">
      {isPending && <Spinner />}
      {children}
    </p>
  );
}
