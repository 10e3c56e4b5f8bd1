import { useEffect } from "react";
import { pageTitle } from "@/config/paths";

/**
 * Names the tab after the page. It rewrites index.html's one <title> (React 19's <title> element
 * would add a second one next to it).
 */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = pageTitle(title);
  }, [title]);
}
