import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext } from "@playwright/test";

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

/** The flags every Chromium of the bench runs with: no sandbox as root, nothing phoning out. */
export const CHROMIUM_FLAGS = [
  ...(isRoot ? ["--no-sandbox"] : []),
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Playwright's own Chromium when installed; otherwise CHROMIUM_PATH or Debian's /usr/bin/chromium (as e2e does). */
export function chromiumPath(): string | undefined {
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // No browser registry entry for this platform.
  }
  return process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

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
