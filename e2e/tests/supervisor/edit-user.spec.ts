import { test } from "@playwright/test";
import { assertAuditChanges, assertAuditRecord, assertOnAudit, goToAudit } from "../admin/steps.ts";
import { clickSignOut, signInAs } from "../support/session-steps.ts";
import { createUserThroughBff, deleteUserIfLeft, uniqueLogin } from "../support/users-api.ts";
import {
  assertAccount,
  assertConflict,
  assertLevelRefused,
  assertOnEditableUserPage,
  assertRecentChanges,
  assertSaved,
  assertTeamAndLevel,
  chooseTeam,
  clickOverwrite,
  clickReloadTheirs,
  clickSaveChanges,
  clickSetAccount,
  fillSkillLevel,
  goToUser,
} from "./edit-user-steps.ts";

// Each test creates its own contact-center user through the BFF and deletes them afterwards.

test.describe("supervisor: changing a user", () => {
  let loginId = "";
  const name = "Edit Subject";

  test.beforeEach(async () => {
    loginId = uniqueLogin("e2e.edit");
    await createUserThroughBff({ loginId, firstName: "Edit", lastName: "Subject", team: "Customer Service", skills: { Support: 60, Spanish: 40 }, roles: ["Agent"] });
  });

  test.afterEach(async () => {
    await deleteUserIfLeft(loginId);
  });

  test("a supervisor changes a skill level and the team, disables and re-enables the account; the user's history and the audit trail show each step", async ({ page }) => {
    test.slow(); // several saves, each page and dialog scanned for accessibility
    await goToUser(page, loginId);
    await signInAs(page, "supervisor");
    await assertOnEditableUserPage(page, name);

    await fillSkillLevel(page, "Support", "120");
    await clickSaveChanges(page);
    await assertLevelRefused(page, "Support", "Use a whole number from 0 to 100.");

    await fillSkillLevel(page, "Support", "85");
    await chooseTeam(page, "Billing");
    await clickSaveChanges(page);
    await assertSaved(page, `Saved ${name}’s team and skills.`);
    await page.reload();
    await assertTeamAndLevel(page, "Billing", "Support", 85);

    await clickSetAccount(page, name, "Disable");
    await assertAccount(page, name, "Disabled");
    await clickSetAccount(page, name, "Enable");
    await assertAccount(page, name, "Enabled");
    await assertRecentChanges(page, ["Account: disabled → enabled", "Account: enabled → disabled", "Skills: Support 60 → 85", "Team: Customer Service → Billing", /Created by admin/]);

    await clickSignOut(page);
    await goToAudit(page, { target: loginId });
    await signInAs(page, "admin");
    await assertOnAudit(page);
    await assertAuditRecord(page, { action: "user.create", actor: "admin", target: loginId });
    await assertAuditRecord(page, { action: "user.update", actor: "supervisor", target: loginId });
    await assertAuditChanges(page, "user.update", "disabled", "false");
  });

  test("two editors at once: the one who saves second sees the other's change, and overwrites it or takes it", async ({ page, browser }) => {
    test.slow();
    const other = await browser.newContext();
    try {
      const second = await other.newPage();
      await goToUser(page, loginId);
      await signInAs(page, "supervisor");
      await assertOnEditableUserPage(page, name);
      await goToUser(second, loginId);
      await signInAs(second, "admin");
      await assertOnEditableUserPage(second, name);

      // Both are editing the team; the admin saves first.
      await chooseTeam(page, "Sales");
      await chooseTeam(second, "Retention");
      await clickSaveChanges(second);
      await assertSaved(second, `Saved ${name}’s team and skills.`);

      await clickSaveChanges(page);
      await assertConflict(page, { field: "Team", now: "Retention", mine: "Sales", by: "admin" });
      await clickOverwrite(page);
      await assertSaved(page, `Saved ${name}’s changes over the other ones.`);
      await second.reload();
      await assertTeamAndLevel(second, "Sales", "Spanish", 40);

      // Now the supervisor saves first, and the admin takes their change.
      await fillSkillLevel(second, "Spanish", "70");
      await fillSkillLevel(page, "Spanish", "20");
      await clickSaveChanges(page);
      await assertSaved(page, `Saved ${name}’s team and skills.`);
      await clickSaveChanges(second);
      await assertConflict(second, { field: "Skills", now: "Spanish 20, Support 60", mine: "Spanish 70, Support 60", by: "supervisor" });
      await clickReloadTheirs(second);
      await assertTeamAndLevel(second, "Sales", "Spanish", 20);
    } finally {
      await other.close();
    }
  });
});
