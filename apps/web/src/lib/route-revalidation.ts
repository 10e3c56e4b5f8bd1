import type { ShouldRevalidateFunctionArgs } from "react-router";

/**
 * Loaders here prefetch into the query cache; they have nothing new to say when only the query
 * string changed (a search box writing `?q=` on every keystroke).
 */
export function revalidateOnPathChange({
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs): boolean {
  return currentUrl.pathname === nextUrl.pathname ? false : defaultShouldRevalidate;
}
