import type { ReactNode } from "react";
import { ToastProvider } from "@/components/ui/toast";

/**
 * Around the whole router: a toast outlives the page that showed it ("Your password is changed.
 * Sign in again with it." on the sign-in page). The query client's provider is the signed-in
 * area's (signed-in-area.tsx): the sign-in page does without TanStack Query (decision 008).
 */
export function AppProviders({ children }: { children: ReactNode }) {
  return <ToastProvider>{children}</ToastProvider>;
}
