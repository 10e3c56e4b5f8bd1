import { expect, test } from "@playwright/test";
import { paths } from "../../../apps/web/src/config/paths.ts";
import { assertOnSignInPage, clickSignOut, signInAs } from "../support/session-steps.ts";
import {
  assertEveryResultMatches,
  assertNoDirectoryVisible,
  assertOnDirectory,
  assertShowsPerson,
  fillDirectorySearch,
  goToDirectory,
} from "./steps.ts";

test.describe("looking up a colleague in the directory", () => {
  test("a viewer signs in, lands on the directory and narrows it by typing", async ({ page }) => {
    // The directory is downloaded and read in a worker, off the page's thread (decision 025).
    const directoryDownloads: string[] = [];
    page.on("worker", (worker) => directoryDownloads.push(worker.url()));
    await page.goto("/");
    await signInAs(page, "viewer");
    await assertOnDirectory(page);

    await fillDirectorySearch(page, "chen");

    await assertOnDirectory(page, "chen");
    await assertShowsPerson(page, "Eric Chen");
    await assertEveryResultMatches(page, /chen/i);
    expect(directoryDownloads).toEqual([expect.stringMatching(/\/assets\/directory\.worker-[\w-]+\.js$/)]);
  });

  test("a bookmarked search asks for sign-in, then shows the same result", async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();

    await goToDirectory(page, "chen");
    await assertOnSignInPage(page);
    await signInAs(page, "helpdesk");

    await assertOnDirectory(page, "chen");
    await assertShowsPerson(page, "Eric Chen");
    await context.close();
  });

  test("after signing out, the back button shows nothing of the directory", async ({ page }) => {
    await goToDirectory(page, "chen");
    await signInAs(page, "supervisor");
    await assertShowsPerson(page, "Eric Chen");

    await clickSignOut(page);
    await assertOnSignInPage(page);

    await page.goBack();
    await assertOnSignInPage(page);
    await assertNoDirectoryVisible(page);
    const response = await page.request.get("/api/directory");
    expect(response.status()).toBe(401);
  });

  test("on a phone-width screen the numbers are links and an extension copies with one click", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, permissions: ["clipboard-read", "clipboard-write"] });
    const page = await context.newPage();
    await goToDirectory(page, "eric.chen");
    await signInAs(page, "viewer");
    await assertOnDirectory(page, "eric.chen");

    const call = page.getByRole("link", { name: /^Call extension \d+$/ }).first();
    const extension = ((await call.getAttribute("href")) ?? "").replace("tel:", "");
    expect(extension).toMatch(/^\d+$/);
    await page.getByRole("button", { name: `Copy extension ${extension}` }).click();
    await expect(page.getByText(`Copied extension ${extension}`)).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(extension);

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page).toHaveURL((url) => url.pathname === paths.directory.path);
    await context.close();
  });
});
