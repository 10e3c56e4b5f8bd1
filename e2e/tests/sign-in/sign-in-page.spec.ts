import { expect, test, type ConsoleMessage } from "@playwright/test";
import { paths } from "../../../apps/web/src/config/paths.ts";
import { assertOnSignInPage } from "../support/session-steps.ts";

test.describe("the sign-in page", () => {
  test("loads for an anonymous visitor with nothing in the browser console's errors", async ({ page }) => {
    const errors: string[] = [];
    page.on("console", (message: ConsoleMessage) => {
      if (message.type() === "error") errors.push(`${message.text()} (${message.location().url})`);
    });
    page.on("pageerror", (error) => errors.push(error.message));
    const failedAnswers: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400) failedAnswers.push(`${response.status()} ${response.url()}`);
    });

    await page.goto(paths.signIn.path);
    await assertOnSignInPage(page);
    await expect(page.getByLabel("Username")).toBeVisible();
    await page.waitForLoadState("networkidle");

    expect(errors).toEqual([]);
    // Chromium logs every 4xx/5xx answer as an error (an anonymous GET /api/session's 401 was one).
    expect(failedAnswers).toEqual([]);
  });

  test("hands the browser no source map: the bundles name none, and asking for one is 404", async ({ page, request }) => {
    const scripts: { url: string; body: string; sourceMapHeader: string | undefined }[] = [];
    page.on("response", async (response) => {
      if (response.request().resourceType() !== "script") return;
      scripts.push({ url: response.url(), body: await response.text(), sourceMapHeader: response.headers()["sourcemap"] });
    });

    await page.goto(paths.signIn.path);
    await assertOnSignInPage(page);
    await page.waitForLoadState("networkidle");

    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(/sourceMappingURL/.test(script.body), `${script.url} names a source map`).toBe(false);
      expect(script.sourceMapHeader, script.url).toBeUndefined();
      expect((await request.get(`${script.url}.map`)).status(), `${script.url}.map`).toBe(404);
    }
  });
});
