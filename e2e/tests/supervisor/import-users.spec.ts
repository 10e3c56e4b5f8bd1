import { expect, test } from "@playwright/test";
import { signInAs } from "../support/session-steps.ts";
import { createUserThroughBff, deleteUserIfLeft, readUserThroughBff, uniqueLogin } from "../support/users-api.ts";
import {
  assertNoErrors,
  assertOnImportUsersPage,
  assertRowChange,
  assertRowError,
  assertSummary,
  chooseCsv,
  clickErrorLink,
  clickPreview,
  goToImportUsers,
} from "./import-users-steps.ts";

// A supervisor previews a users CSV: one error, fixed in the file, previewed again clean. A preview
// changes nothing: the user is as before afterwards.

test.describe("supervisor: previewing a users import", () => {
  let loginId = "";

  test.beforeEach(async () => {
    loginId = uniqueLogin("e2e.import");
    await createUserThroughBff({ loginId, firstName: "Import", lastName: "Subject", team: "Customer Service", skills: { Support: 60 }, roles: ["Agent"] });
  });

  test.afterEach(async () => {
    await deleteUserIfLeft(loginId);
  });

  test("a preview with one error, the file fixed, previewed again clean; nothing applied", async ({ page }) => {
    test.slow(); // two previews, each page state scanned for accessibility
    await goToImportUsers(page);
    await signInAs(page, "supervisor");
    await assertOnImportUsersPage(page);

    await chooseCsv(page, "team-move.csv", ["loginId,team,skills", `${loginId},Billing,Support:150`]);
    await clickPreview(page);
    await assertSummary(page, { Create: 0, Update: 0, Delete: 0, Unchanged: 0, Error: 1 });
    await assertRowError(page, 2, "Skill “Support” (skills)", "Use a whole number from 0 to 100.");
    await clickErrorLink(page, 2, "Skill “Support” (skills)");

    await chooseCsv(page, "team-move.csv", ["loginId,team,skills", `${loginId},Billing,Support:85`]);
    await clickPreview(page);
    await assertSummary(page, { Create: 0, Update: 1, Delete: 0, Unchanged: 0, Error: 0 });
    await assertNoErrors(page);
    await assertRowChange(page, 2, "Team (team): Customer Service → Billing");
    await assertRowChange(page, 2, "Skills (skills): Support:60 → Support:85");

    const user = await readUserThroughBff(loginId);
    expect({ team: user.team, skills: user.skills }).toEqual({ team: "Customer Service", skills: { Support: 60 } });
  });
});
