import { test } from "@playwright/test";
import {
  assertCreatedWithPassword,
  assertDeleted,
  assertListedInUsers,
  assertNotListedInUsers,
  clickConfirmDelete,
  clickCreateUser,
  clickDeleteUserAndType,
  clickNewUserInNavigation,
  fillNewUser,
  type NewUser,
} from "../admin/user-lifecycle-steps.ts";
import { E2E_GENESYS } from "../support/environment.ts";
import { signInAs } from "../support/session-steps.ts";
import { deleteUserIfLeft } from "../support/users-api.ts";
import { assertOnNewUserForm, assertOnNewUsersPage, goToUser, uniqueUserName } from "./steps.ts";

test.describe("Genesys: an admin creates a user and deletes them", () => {
  // No team or extension: GWS has neither.
  const newUser: NewUser = {
    loginId: uniqueUserName("e2e.new"),
    firstName: "Amara",
    lastName: `Lindqvist ${Date.now().toString(36)}`,
    roles: ["ROLE_AGENT"],
    skills: { Billing: 7 },
  };
  const name = `${newUser.firstName} ${newUser.lastName}`;

  test.afterEach(async () => {
    await deleteUserIfLeft(newUser.loginId, E2E_GENESYS);
  });

  test("a user with a user name in e-mail form and a generated password opens and is listed; typing the user name deletes them", async ({ page }) => {
    test.slow(); // a form and four pages, each scanned for accessibility
    await page.goto("/");
    await signInAs(page, "admin");
    await clickNewUserInNavigation(page);
    await assertOnNewUserForm(page);

    await fillNewUser(page, newUser);
    await clickCreateUser(page);
    await assertCreatedWithPassword(page, name);
    await assertOnNewUsersPage(page, name, newUser.loginId, newUser.skills);
    await assertListedInUsers(page, newUser.loginId);

    await goToUser(page, newUser.loginId);
    await clickDeleteUserAndType(page, name, newUser.loginId);
    await clickConfirmDelete(page, name);
    await assertDeleted(page, name, newUser.loginId);
    await assertNotListedInUsers(page, newUser.loginId);
  });
});
