import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

/**
 * The flags every Chromium of the e2e suite and of the bench (bench/lib/browser.ts) runs with: no
 * sandbox as root, nothing phoning out.
 */
export const CHROMIUM_FLAGS = [
  ...(isRoot ? ["--no-sandbox"] : []),
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/**
 * Playwright's own Chromium when it is installed (undefined: Playwright finds it itself); otherwise
 * CHROMIUM_PATH or Debian's /usr/bin/chromium.
 */
export function chromiumPath(): string | undefined {
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // No browser registry entry for this platform: fall through to the system browser.
  }
  return process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}
