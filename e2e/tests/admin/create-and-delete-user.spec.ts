import { test } from "@playwright/test";
import { signInAs } from "../support/session-steps.ts";
import { deleteUserIfLeft, uniqueLogin } from "../support/users-api.ts";
import { goToUser } from "../supervisor/edit-user-steps.ts";
import { assertAuditChanges, assertAuditRecord, assertOnAudit, goToAudit } from "./steps.ts";
import {
  assertCreatedWithPassword,
  assertDeleted,
  assertInDirectory,
  assertListedInUsers,
  assertLoginRefused,
  assertNotListedInUsers,
  assertOnNewUserForm,
  assertOnNewUsersPage,
  clickConfirmDelete,
  clickCreateUser,
  clickDeleteUserAndType,
  clickNewUserInNavigation,
  fillNewUser,
  type NewUser,
} from "./user-lifecycle-steps.ts";

test.describe("admin: a contact-center user from creation to deletion", () => {
  const newUser: NewUser = {
    loginId: uniqueLogin("e2e.new"),
    firstName: "Sheila",
    lastName: `Thomas ${Date.now().toString(36)}`,
    team: "Customer Service",
    email: "sheila.thomas@example.com",
    skills: { Spanish: 100, English: 80 },
    roles: ["Supervisor"],
  };
  const name = `${newUser.firstName} ${newUser.lastName}`;

  test.afterEach(async () => {
    await deleteUserIfLeft(newUser.loginId);
  });

  test("an admin creates a user with skills, who opens and is listed everywhere; deletes them after typing the login; the audit trail shows both", async ({ page }) => {
    test.slow(); // a form of every attribute and four pages, each scanned for accessibility
    await page.goto("/");
    await signInAs(page, "admin");
    await clickNewUserInNavigation(page);
    await assertOnNewUserForm(page);

    await fillNewUser(page, newUser);
    await clickCreateUser(page);
    await assertCreatedWithPassword(page, name);
    await assertOnNewUsersPage(page, name, newUser.loginId, newUser.skills);
    await assertListedInUsers(page, newUser.loginId);
    await assertInDirectory(page, name, true);

    await goToUser(page, newUser.loginId);
    await clickDeleteUserAndType(page, name, newUser.loginId);
    await clickConfirmDelete(page, name);
    await assertDeleted(page, name, newUser.loginId);
    await assertNotListedInUsers(page, newUser.loginId);
    await assertInDirectory(page, name, false);

    await goToAudit(page, { target: newUser.loginId });
    await assertOnAudit(page);
    await assertAuditRecord(page, { action: "user.create", actor: "admin", target: newUser.loginId });
    await assertAuditRecord(page, { action: "user.delete", actor: "admin", target: newUser.loginId });
    await assertAuditChanges(page, "user.delete", "deleted", "true");
  });

  test("a login that is taken comes back on the login field, with everything typed kept", async ({ page }) => {
    await page.goto("/users/new");
    await signInAs(page, "admin");
    await assertOnNewUserForm(page);
    await fillNewUser(page, { ...newUser, loginId: "eric.chen", skills: {} });
    await clickCreateUser(page);
    await assertLoginRefused(page, "Another user already has this login. Choose another.", { firstName: newUser.firstName });
  });
});
