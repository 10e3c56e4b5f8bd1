import { expect, test } from "@playwright/test";
import { assertOnDirectory } from "../directory/steps.ts";
import { signInAs } from "../support/session-steps.ts";
import { assertOnPage, assertShortcutsDialog, assertSlashWentTo, goTo, paths, pressEscapeToClose, pressKeys } from "./steps.ts";

test.describe("keyboard shortcuts", () => {
  test("an admin goes to Users, Audit and back to the Directory with g u, g a, g d, “/” to each page's search, and “?” lists every shortcut", async ({ page }) => {
    test.slow(); // sign-in and an accessibility scan of each page and dialog on the way
    await page.goto("/");
    await signInAs(page, "admin");
    await assertOnDirectory(page);

    await pressKeys(page, "g", "u");
    await assertOnPage(page, "Users", paths.users.path);
    await pressKeys(page, "/");
    await assertSlashWentTo(page, "searchbox", "Search users");
    await pressKeys(page, "g", "a");
    await assertOnPage(page, "Audit", paths.audit.path);
    await pressKeys(page, "/");
    await assertSlashWentTo(page, "textbox", "Actor");
    await pressKeys(page, "g", "d");
    await assertOnPage(page, "Directory", paths.directory.path);

    await pressKeys(page, "?");
    await assertShortcutsDialog(page, [
      "Ctrl KOpen the command palette (⌘ K on a Mac)",
      "/Go to the page’s search (Find a person on a page without one)",
      "gthendGo to Directory",
      "gthenuGo to Users",
      "gthenaGo to Audit",
      "?Show these shortcuts",
    ]);
    await pressEscapeToClose(page);

    await pressKeys(page, "/");
    await assertSlashWentTo(page, "searchbox", "Search the directory");

    await goTo(page, paths.accounts.getHref());
    await assertOnPage(page, "Accounts", paths.accounts.path);
    await pressKeys(page, "/");
    await assertSlashWentTo(page, "combobox", "Find a person");
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
