import { expect, test } from "@playwright/test";
import { assertOnDirectory } from "../directory/steps.ts";
import { signInAs } from "../support/session-steps.ts";
import { assertOnPage, assertShortcutsDialog, paths, pressEscapeToClose, pressKeys } from "./steps.ts";

test.describe("keyboard shortcuts", () => {
  test("an admin goes to Users, Audit and back to the Directory with g u, g a, g d, and “?” lists every shortcut", async ({ page }) => {
    test.slow(); // sign-in and an accessibility scan of each page and dialog on the way
    await page.goto("/");
    await signInAs(page, "admin");
    await assertOnDirectory(page);

    await pressKeys(page, "g", "u");
    await assertOnPage(page, "Users", paths.users.path);
    await pressKeys(page, "g", "a");
    await assertOnPage(page, "Audit", paths.audit.path);
    await pressKeys(page, "g", "d");
    await assertOnPage(page, "Directory", paths.directory.path);

    await pressKeys(page, "?");
    await assertShortcutsDialog(page, [
      "Ctrl KOpen the command palette (⌘ K on a Mac)",
      "/Go to the search for a person",
      "gthendGo to Directory",
      "gthenuGo to Users",
      "gthenaGo to Audit",
      "?Show these shortcuts",
    ]);
    await pressEscapeToClose(page);

    await pressKeys(page, "/");
    await expect(page.getByRole("combobox", { name: "Find a person" })).toBeFocused();
  });

  test("a viewer's g a goes nowhere, and no shortcut fires while typing in a field", async ({ page }) => {
    test.slow(); // sign-in and an accessibility scan of each page and dialog on the way
    await page.goto("/");
    await signInAs(page, "viewer");
    await assertOnDirectory(page);

    await pressKeys(page, "g", "a");
    await assertOnPage(page, "Directory", paths.directory.path);

    const search = page.getByRole("searchbox", { name: "Search the directory" });
    await search.pressSequentially("gu?", { delay: 20 });
    await expect(search).toHaveValue("gu?");
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await assertOnPage(page, "Directory", paths.directory.path);
  });
});
