import type { ReactNode } from "react";
import { useDocumentTitle } from "@/hooks/use-document-title";

/**
 * A page's one h1 and its document title. The h1 takes focus after a client-side navigation
 * (see use-focus-on-navigation), so screen readers hear where they arrived.
 */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  useDocumentTitle(title);
  return (
    <h1 tabIndex={-1} className="text-2xl font-semibold tracking-tight text-slate-900 focus:outline-none">
      {children ?? title}
    </h1>
  );
}
