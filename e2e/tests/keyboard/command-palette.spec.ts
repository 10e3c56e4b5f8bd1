import { test } from "@playwright/test";
import { assertOnDirectory } from "../directory/steps.ts";
import { lockThroughSimulator, unlockThroughBff, assertLockState, assertOnUserPage, assertUnlocked, goToUser } from "../helpdesk/steps.ts";
import { signInAs } from "../support/session-steps.ts";
import {
  assertFirstResult,
  assertNoPaletteOption,
  assertPaletteActions,
  chooseInPalette,
  pressCtrlK,
  pressEnterInPalette,
  typeInPalette,
} from "./steps.ts";

// Each test locks its own seeded person through the simulator and leaves them unlocked.

test.describe("the command palette", () => {
  test("a helpdesk finds a locked-out agent with Ctrl+K and unlocks them from the palette", async ({ page, request }) => {
    test.slow(); // sign-in and an accessibility scan of each page and dialog on the way
    await lockThroughSimulator(request, "wandabui");
    try {
      await page.goto("/");
      await signInAs(page, "helpdesk");
      await assertOnDirectory(page);

      await pressCtrlK(page);
      await typeInPalette(page, "wandabui");
      await assertFirstResult(page, "Wanda Bui");
      await pressEnterInPalette(page);
      await assertOnUserPage(page, "Wanda Bui", "wandabui");
      await assertLockState(page, "Locked");

      await pressCtrlK(page);
      await assertPaletteActions(page, ["Unlock Wanda Bui", "Reset password of Wanda Bui…", "Open Wanda Bui in Users"]);
      await typeInPalette(page, "unlock");
      await chooseInPalette(page, "Unlock Wanda Bui");
      await assertUnlocked(page, "Wanda Bui");
    } finally {
      await unlockThroughBff(request, "wandabui");
    }
  });

  test("a viewer's palette finds the same person but offers no unlock and no reset", async ({ page, request }) => {
    test.slow(); // sign-in and an accessibility scan of each page and dialog on the way
    await lockThroughSimulator(request, "dale.turner");
    try {
      await goToUser(page, "dale.turner");
      await signInAs(page, "viewer");
      await assertOnUserPage(page, "Dale Turner", "dale.turner");
      await assertLockState(page, "Locked");

      await pressCtrlK(page);
      await assertPaletteActions(page, ["Open Dale Turner in Users"]);
      await assertNoPaletteOption(page, /Unlock|Reset password/);
      await assertNoPaletteOption(page, /Go to (Audit|Accounts|Lockouts)/);
    } finally {
      await unlockThroughBff(request, "dale.turner");
    }
  });
});
