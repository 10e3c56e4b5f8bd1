import { test } from "@playwright/test";
import { E2E_GENESYS } from "../support/environment.ts";
import { deleteUserIfLeft } from "../support/users-api.ts";
import { assertApplied, assertNeedPassword, clickApplyAndConfirm, openImportUsersAs, previewCsv } from "../supervisor/import-users-steps.ts";
import { uniqueUserName } from "./steps.ts";

// On Genesys an admin applies a file of two new users (no team column): the job creates them through
// GWS, and the page says their passwords are set in the platform's own administration.

test.describe("Genesys: an admin applies a users import", () => {
  const first = uniqueUserName("e2e.imp.one");
  const second = uniqueUserName("e2e.imp.two");

  test.afterEach(async () => {
    for (const userName of [first, second]) await deleteUserIfLeft(userName, E2E_GENESYS);
  });

  test("two creates applied as a job, each row's outcome shown", async ({ page }) => {
    test.slow(); // a preview and a job, each page state scanned for accessibility
    await openImportUsersAs(page, "admin");
    const file = ["loginId,firstName,lastName,roles,skills", `${first},Amara,Lindqvist,ROLE_AGENT,Billing:7`, `${second},Tomas,Berg,ROLE_AGENT,`];
    await previewCsv(page, "new-hires.csv", file, { Create: 2, Update: 0, Delete: 0, Unchanged: 0, Error: 0 });
    await clickApplyAndConfirm(page, "Create 2 users?", "Apply");

    await assertApplied(page, "Import applied: 2 created, 0 updated, 0 deleted, 0 unchanged, 0 failed.", [
      [2, first, "Created"],
      [3, second, "Created"],
    ]);
    await assertNeedPassword(page, [first, second], "in the platform’s own administration");
  });
});
