import type { Page } from "@playwright/test";
import { launchChromium } from "../lib/browser.ts";
import { rawRequest } from "../lib/http.ts";
import { progress } from "../lib/log.ts";
import { verdict, type Row } from "../lib/row.ts";
import { kb } from "../lib/stats.ts";

const SIGN_IN_TARGET = 120 * 1024;
const DIRECTORY_TARGET = 200 * 1024;

/** Every script the page has fetched so far, by URL (Chromium reports each once per load). */
function collectScripts(page: Page): Set<string> {
  const urls = new Set<string>();
  page.on("requestfinished", (request) => {
    if (request.resourceType() === "script") urls.add(request.url());
  });
  return urls;
}

/** What each script weighs on the wire when the client asks for gzip only, as the BFF sends it. */
async function gzipBytes(urls: Iterable<string>): Promise<{ total: number; files: Record<string, number> }> {
  const files: Record<string, number> = {};
  let total = 0;
  for (const url of urls) {
    const res = await rawRequest(url, { headers: { "Accept-Encoding": "gzip" } });
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    // Files under the compression threshold (1 KB) come back as they are: their size is what travels.
    files[new URL(url).pathname] = res.body.length;
    total += res.body.length;
  }
  return { total, files };
}

/**
 * The built SPA served by the BFF, in Chromium. Which scripts load is the browser's business (entry,
 * modulepreloads, lazy routes); what each weighs is its gzip body from the BFF. First the sign-in
 * page alone; then the person signs in through the form and lands on the directory: everything
 * loaded since the first byte counts.
 */
export const spaWeightRow: Row = {
  id: 4,
  what: "SPA weight: JavaScript (gzip) for /sign-in, and for the directory after sign-in",
  target: "≤ 120 KB and ≤ 200 KB",
  async run(ctx) {
    const bff = await ctx.bff();
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ baseURL: bff.baseUrl, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const scripts = collectScripts(page);
      await page.goto("/sign-in", { waitUntil: "networkidle" });
      await page.getByRole("heading", { name: "Sign in to Switchboard" }).waitFor();
      const signInUrls = [...scripts];
      progress(`row 4: /sign-in loaded ${signInUrls.length} scripts; signing in through the form`);
      await page.getByLabel("Username").fill(ctx.admin.username);
      await page.getByLabel("Password", { exact: true }).fill(ctx.admin.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByRole("table", { name: "People" }).getByRole("row").nth(1).waitFor({ timeout: 30_000 });
      await page.waitForLoadState("networkidle");
      const directoryUrls = [...scripts];
      const landedOn = new URL(page.url()).pathname;
      await context.close();

      const signIn = await gzipBytes(signInUrls);
      const directory = await gzipBytes(directoryUrls);
      const pass = signIn.total <= SIGN_IN_TARGET && directory.total <= DIRECTORY_TARGET;
      const heaviest = Object.entries(directory.files)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([path, bytes]) => `${path.replace(/^\/assets\//, "")} ${kb(bytes)}`)
        .join(", ");
      return {
        figure: `${kb(signIn.total)} KB; ${kb(directory.total)} KB`,
        baseline: "—",
        ratio: "—",
        result: verdict(pass),
        note: `${signInUrls.length} scripts for /sign-in, ${directoryUrls.length} once on ${landedOn}; heaviest (KB gzip): ${heaviest}`,
        data: { signIn, directory, landedOn, units: "bytes; KB = 1024 bytes" },
      };
    } finally {
      await browser.close();
    }
  },
};
