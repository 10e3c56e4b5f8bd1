import { chromium, type Browser, type BrowserContext } from "@playwright/test";
// The same Chromium, with the same flags, as the e2e suite: one place decides which binary and how.
import { CHROMIUM_FLAGS, chromiumPath } from "../../e2e/chromium.ts";

export { CHROMIUM_FLAGS };

/** The system browser's path, for tools (Lighthouse) that launch Chromium themselves. */
export function chromiumExecutable(): string {
  return chromiumPath() ?? chromium.executablePath();
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
}

/** A desktop-sized context, signed in through the API; its cookie jar is the page's. */
export async function signedInContext(browser: Browser, baseUrl: string, username: string, password: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 } });
  const res = await context.request.post("/api/session", { data: { username, password }, headers: { Origin: baseUrl } });
  if (!res.ok()) throw new Error(`browser sign-in answered ${res.status()}`);
  return context;
}
