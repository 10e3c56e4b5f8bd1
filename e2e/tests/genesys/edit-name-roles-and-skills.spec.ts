import { test } from "@playwright/test";
import { assertAuditChanges, assertAuditRecord, assertOnAudit, goToAudit } from "../admin/steps.ts";
import { E2E_GENESYS } from "../support/environment.ts";
import { signInAs } from "../support/session-steps.ts";
import { createUserThroughBff, deleteUserIfLeft } from "../support/users-api.ts";
import {
  assertNameRolesAndLevel,
  assertOnUserPage,
  assertSaved,
  clickAddRole,
  clickRemoveRole,
  clickSaveChanges,
  fillLastName,
  fillSkillLevel,
  goToUser,
  uniqueUserName,
} from "./steps.ts";

test.describe("Genesys: an admin edits a user's name, roles and skills", () => {
  const userName = uniqueUserName("e2e.edit");
  const lastName = `Okafor ${Date.now().toString(36)}`;

  test.beforeEach(async () => {
    await createUserThroughBff({ loginId: userName, firstName: "Ngozi", lastName, roles: ["ROLE_AGENT"], skills: { English: 4 } }, E2E_GENESYS);
  });

  test.afterEach(async () => {
    await deleteUserIfLeft(userName, E2E_GENESYS);
  });

  test("a new last name, roles and skill level are saved, still there after a reload, and in the audit trail", async ({ page }) => {
    await goToUser(page, userName);
    await signInAs(page, "admin");
    await assertOnUserPage(page, `Ngozi ${lastName}`);

    const newLastName = `Adeyemi ${Date.now().toString(36)}`;
    await fillLastName(page, newLastName);
    await clickAddRole(page, "ROLE_ADMIN");
    await clickRemoveRole(page, "ROLE_AGENT");
    await fillSkillLevel(page, "English", 9);
    await clickSaveChanges(page);
    await assertSaved(page);

    await page.reload();
    await assertOnUserPage(page, `Ngozi ${newLastName}`);
    await assertNameRolesAndLevel(page, { lastName: newLastName, roles: ["ROLE_ADMIN"], skill: "English", level: 9 });

    await goToAudit(page, { target: userName });
    await assertOnAudit(page);
    await assertAuditRecord(page, { action: "user.update", actor: "admin", target: userName });
    await assertAuditChanges(page, "user.update", "lastName", newLastName);
  });
});
