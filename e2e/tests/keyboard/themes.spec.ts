import { test } from "@playwright/test";
import { assertOnDirectory } from "../directory/steps.ts";
import { assertOnUserPage, goToUser } from "../helpdesk/steps.ts";
import { signInAs } from "../support/session-steps.ts";
import { pressCtrlK } from "./steps.ts";
import { assertTheme, assertThemeBeforeFirstPaint, chooseTheme, pressEscapeToClose, watchThemeAtParse } from "./steps.ts";

// Each check of a page here runs axe (colour contrast included) in the theme shown.

test.describe("light and dark", () => {
  test("the chosen theme survives a reload, is on the page before it paints, and both pass axe", async ({ page }) => {
    test.slow(); // sign-in and an accessibility scan of each page and dialog on the way
    await watchThemeAtParse(page);
    await goToUser(page, "eric.chen");
    await signInAs(page, "helpdesk");
    await assertOnUserPage(page, "Eric Chen", "eric.chen");
    await assertTheme(page, "light");

    await chooseTheme(page, "Dark");
    await assertTheme(page, "dark");
    await assertOnUserPage(page, "Eric Chen", "eric.chen");
    await pressCtrlK(page);
    await pressEscapeToClose(page);

    await page.reload();
    await assertThemeBeforeFirstPaint(page, "dark");
    await assertTheme(page, "dark");
    await page.goto("/directory");
    await assertOnDirectory(page);

    await chooseTheme(page, "Light");
    await page.reload();
    await assertThemeBeforeFirstPaint(page, "light");
    await assertTheme(page, "light");
    await assertOnDirectory(page);
  });

  test("with no choice made, the page follows the system's dark setting, sign-in page included", async ({ browser }) => {
    test.slow(); // sign-in and an accessibility scan of each page and dialog on the way
    const context = await browser.newContext({ colorScheme: "dark" });
    const page = await context.newPage();
    await goToUser(page, "eric.chen");
    await assertTheme(page, "dark");
    await signInAs(page, "helpdesk");
    await assertOnUserPage(page, "Eric Chen", "eric.chen");
    await assertTheme(page, "dark");
    await context.close();
  });
});
