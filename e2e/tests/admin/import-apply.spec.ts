import { expect, test } from "@playwright/test";
import { createUserThroughBff, deleteUserIfLeft, readUserThroughBff, uniqueLogin } from "../support/users-api.ts";
import {
  assertApplied,
  assertApplyNotOffered,
  assertNeedPassword,
  assertRowError,
  clickApplyAndConfirm,
  openImportUsersAs,
  previewCsv,
} from "../supervisor/import-users-steps.ts";
import { assertListedInUsers, assertNotListedInUsers } from "./user-lifecycle-steps.ts";

// An admin imports a file built here: two new users, a team move and a delete. The first preview
// has one error and offers no Apply; the file fixed previews clean, is applied after a confirmation
// that names the counts, and the job's progress and each row's outcome follow. The users list then
// shows the new users and no longer the deleted one.

test.describe("admin: applying a users import", () => {
  const stay = uniqueLogin("e2e.imp.stay");
  const leave = uniqueLogin("e2e.imp.leave");
  const ada = uniqueLogin("e2e.imp.ada");
  const alan = uniqueLogin("e2e.imp.alan");

  test.beforeEach(async () => {
    await createUserThroughBff({ loginId: stay, firstName: "Import", lastName: "Stays", team: "Customer Service", roles: ["Agent"] });
    await createUserThroughBff({ loginId: leave, firstName: "Import", lastName: "Leaves", team: "Customer Service", roles: ["Agent"] });
  });

  test.afterEach(async () => {
    for (const loginId of [stay, leave, ada, alan]) await deleteUserIfLeft(loginId);
  });

  test("a preview with one error offers no Apply; fixed, it is applied as a job, and the users list shows the result", async ({ page }) => {
    test.slow(); // two previews and a job, each page state scanned for accessibility
    const file = (adaTeam: string) => [
      "loginId,firstName,lastName,team,skills,action",
      `${ada},Ada,Lovelace,${adaTeam},Spanish:80,`,
      `${alan},Alan,Turing,Customer Service,,`,
      `${stay},,,Billing,,`,
      `${leave},,,,,delete`,
    ];
    await openImportUsersAs(page, "admin");

    await previewCsv(page, "new-class.csv", file("Nowhere"), { Create: 1, Update: 1, Delete: 1, Unchanged: 0, Error: 1 });
    await assertRowError(page, 2, "Team (team)", "The contact center has no team “Nowhere”. Check its spelling on the Teams page.");
    await assertApplyNotOffered(page, 1);

    await previewCsv(page, "new-class.csv", file("Billing"), { Create: 2, Update: 1, Delete: 1, Unchanged: 0, Error: 0 });
    await clickApplyAndConfirm(page, "Create 2, update 1, delete 1 users?", "Apply and delete 1 user");

    await assertApplied(page, "Import applied: 2 created, 1 updated, 1 deleted, 0 unchanged, 0 failed.", [
      [2, ada, "Created"],
      [3, alan, "Created"],
      [4, stay, "Updated"],
      [5, leave, "Deleted"],
    ]);
    await assertNeedPassword(page, [ada, alan], "with Reset password on their page");

    await assertListedInUsers(page, ada);
    await assertListedInUsers(page, alan);
    await assertNotListedInUsers(page, leave);
    expect((await readUserThroughBff(stay)).team).toBe("Billing");
  });
});
