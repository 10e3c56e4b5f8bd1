import type { ReactNode } from "react";
import { MAIN_CONTENT_ID } from "./skip-link";

/** Pages for people who are not signed in: one centred column, no navigation. */
export function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main id={MAIN_CONTENT_ID} tabIndex={-1} className="flex flex-1 justify-center px-4 py-10 focus:outline-none sm:py-16">
      <div className="flex w-full max-w-sm flex-col gap-6">{children}</div>
    </main>
  );
}
