import { test } from "@playwright/test";
import { signInAs } from "../support/session-steps.ts";
import { updateUserThroughBff } from "../support/users-api.ts";
import {
  assertMustChangePassword,
  assertOnUserPage,
  assertPasswordNowhere,
  assertPasswordRefused,
  assertTypedPasswordShownOnce,
  chooseTypeOwnWithKeyboard,
  clickResetPassword,
  goToUser,
  pressEscapeToClose,
  typePasswordAndPressEnter,
} from "./steps.ts";

// Dale Turner keeps the password this test sets (nobody knows the one before), but "must change
// password" is cleared again afterwards through the BFF, as a supervisor would. No other test reads him.

test.describe("helpdesk: a temporary password of one's own", () => {
  test.afterEach(async () => {
    await updateUserThroughBff("dale.turner", { changePassword: false });
  });

  test("a weak one is refused before it is sent; a good one is set, shown once, and the dialog works from the keyboard", async ({ page }) => {
    await goToUser(page, "dale.turner");
    await signInAs(page, "helpdesk");
    await assertOnUserPage(page, "Dale Turner", "dale.turner");

    await clickResetPassword(page, "Dale Turner");
    await chooseTypeOwnWithKeyboard(page, "Dale Turner");
    await typePasswordAndPressEnter(page, "dale.turner1");
    await assertPasswordRefused(page, "Dale Turner", "Do not include the login.");

    await typePasswordAndPressEnter(page, "Sunny-Harbour-42");
    await assertTypedPasswordShownOnce(page, "Dale Turner", "Sunny-Harbour-42");
    await pressEscapeToClose(page);

    await assertMustChangePassword(page);
    await assertPasswordNowhere(page, "Sunny-Harbour-42");
  });
});
