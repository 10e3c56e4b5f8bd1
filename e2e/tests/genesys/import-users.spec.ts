import { test } from "@playwright/test";
import { signInAs } from "../support/session-steps.ts";
import {
  assertNoErrors,
  assertOnImportUsersPage,
  assertRowChange,
  assertRowError,
  assertSummary,
  chooseCsv,
  clickPreview,
  goToImportUsers,
} from "../supervisor/import-users-steps.ts";
import { uniqueUserName } from "./steps.ts";

// On Genesys a user has no team: a file with one is an error on that column; without it, the row
// previews as a create with the user name in e-mail form. Nothing is created by a preview.

test.describe("Genesys: an admin previews a users import", () => {
  test("a team cell is an error on its column; the file without it previews as a create", async ({ page }) => {
    test.slow(); // two previews, each page state scanned for accessibility
    const userName = uniqueUserName("e2e.import");
    await goToImportUsers(page);
    await signInAs(page, "admin");
    await assertOnImportUsersPage(page);

    await chooseCsv(page, "new-hires.csv", ["loginId,firstName,lastName,team,skills", `${userName},Amara,Lindqvist,Sales,Billing:7`]);
    await clickPreview(page);
    await assertSummary(page, { Create: 0, Update: 0, Delete: 0, Unchanged: 0, Error: 1 });
    await assertRowError(page, 2, "Team (team)", "This contact center (genesys) has no team for its users. Leave this column empty.");

    await chooseCsv(page, "new-hires.csv", ["loginId,firstName,lastName,skills", `${userName},Amara,Lindqvist,Billing:7`]);
    await clickPreview(page);
    await assertSummary(page, { Create: 1, Update: 0, Delete: 0, Unchanged: 0, Error: 0 });
    await assertNoErrors(page);
    await assertRowChange(page, 2, "Skills (skills): — → Billing:7");
  });
});
