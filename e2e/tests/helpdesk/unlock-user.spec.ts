import { expect, test } from "@playwright/test";
import { assertOnDirectory } from "../directory/steps.ts";
import { assertOnSignInPage, clickSignOut, signInAs } from "../support/session-steps.ts";
import { updateUserThroughBff } from "../support/users-api.ts";
import {
  assertAuditShows,
  assertLockState,
  assertMustChangePassword,
  assertNoHelpdeskActions,
  assertNoSignInDetails,
  assertOnUserPage,
  assertPasswordNowhere,
  assertSignInDetailsShown,
  assertSuggested,
  assertUnlocked,
  callUnlockRoute,
  clickConfirmReset,
  clickDone,
  clickFindAPerson,
  clickResetPassword,
  clickUnlock,
  copyTemporaryPassword,
  fillPeopleSearch,
  goToAuditOf,
  goToUser,
  lockThroughSimulator,
  pressEnterToOpen,
  unlockThroughBff,
} from "./steps.ts";

// Each test locks its own seeded person through the simulator's control plane and leaves them
// unlocked. Edna Partee keeps the temporary password the reset gives her (nobody knows the one
// before), but "must change password" is cleared again afterwards through the BFF. No other test
// reads her, each run starts a fresh simulator, and nothing here assumes her password state beforehand.

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test.describe("helpdesk: “I can't sign in”", () => {
  test.afterEach(async () => {
    await updateUserThroughBff("edna.partee", { changePassword: false });
  });

  test("a helpdesk finds a locked-out agent, unlocks them, resets their password, and the audit trail shows both", async ({ page, request }) => {
    test.slow(); // the whole call, with an accessibility scan of every page and dialog on the way
    await lockThroughSimulator(request, "edna.partee");
    await page.goto("/");
    await signInAs(page, "helpdesk");
    await assertOnDirectory(page);

    await clickFindAPerson(page);
    await fillPeopleSearch(page, "Edna Par");
    await assertSuggested(page, "Edna Partee");
    await pressEnterToOpen(page);
    await assertOnUserPage(page, "Edna Partee", "edna.partee");
    await assertLockState(page, "Locked");
    await assertSignInDetailsShown(page);

    await clickUnlock(page);
    await assertUnlocked(page, "Edna Partee");

    await clickResetPassword(page, "Edna Partee");
    await clickConfirmReset(page, "Edna Partee");
    const password = await copyTemporaryPassword(page, "Edna Partee");
    await clickDone(page, "Edna Partee");
    await assertMustChangePassword(page);
    await assertPasswordNowhere(page, password);

    await page.reload();
    await assertOnUserPage(page, "Edna Partee", "edna.partee");
    await assertLockState(page, "Not locked");
    await assertMustChangePassword(page);
    await assertPasswordNowhere(page, password);

    await clickSignOut(page);
    await assertOnSignInPage(page);
    await goToAuditOf(page, "edna.partee");
    await signInAs(page, "admin");
    await assertAuditShows(page, { action: "user.unlock", actor: "helpdesk", target: "edna.partee", outcome: "succeeded" });
    await assertAuditShows(page, { action: "user.reset_password", actor: "helpdesk", target: "edna.partee", outcome: "succeeded" });
    await assertPasswordNowhere(page, password);
  });

  test("a viewer sees that an account is locked, but no Unlock button, and the BFF refuses the unlock with 403", async ({ page, request }) => {
    await lockThroughSimulator(request, "testuser004");
    try {
      await goToUser(page, "testuser004");
      await signInAs(page, "viewer");
      await assertOnUserPage(page, "Test User004", "testuser004");
      await assertLockState(page, "Locked");
      await assertNoHelpdeskActions(page);
      await assertNoSignInDetails(page);

      const { status, problem } = await callUnlockRoute(page, "testuser004");
      expect(status).toBe(403);
      expect(problem).toMatchObject({ type: "/problems/forbidden", detail: "Your role does not allow this." });

      await page.reload();
      await assertLockState(page, "Locked");
    } finally {
      await unlockThroughBff(request, "testuser004");
    }
  });
});
