import { expect, test } from "@playwright/test";
import { signInAs } from "../support/session-steps.ts";
import { createUserThroughBff, deleteUserIfLeft, readUserThroughBff, uniqueLogin } from "../support/users-api.ts";
import { goToUsers } from "./browse-steps.ts";
import { assertBulkOutcome, assertSelected, assertUsersShown, clickBulkEdit, clickSelectEveryUserShown, confirmChange, fillSetSkill } from "./bulk-edit-steps.ts";

// The test makes five users of its own (one login prefix, so a search shows exactly them) and deletes them.
const LAST_NAMES = ["Alpha", "Bravo", "Charlie", "Delta", "Echo"];

test.describe("supervisor: a team moves to a new skill", () => {
  let prefix = "";
  let loginIds: string[] = [];

  test.beforeEach(async () => {
    prefix = uniqueLogin("e2e.bulk");
    loginIds = LAST_NAMES.map((_, i) => `${prefix}${i}`);
    for (const [i, loginId] of loginIds.entries()) {
      await createUserThroughBff({ loginId, firstName: "Bulk", lastName: LAST_NAMES[i] ?? "Subject", team: "Customer Service", skills: { Support: 60 }, roles: ["Agent"] });
    }
  });

  test.afterEach(async () => {
    for (const loginId of loginIds) await deleteUserIfLeft(loginId);
  });

  test("a supervisor selects five users and sets a skill level on all of them at once, keeping their other skills", async ({ page }) => {
    test.slow(); // five users made and deleted, and each step scanned for accessibility
    await goToUsers(page, { q: prefix });
    await signInAs(page, "supervisor");
    await assertUsersShown(page, 5);

    await clickSelectEveryUserShown(page);
    await assertSelected(page, 5);
    await clickBulkEdit(page);
    await fillSetSkill(page, 5, "French", 70);
    await confirmChange(page, 5, "Set the skill French to level 70");
    await assertBulkOutcome(page, "Bulk edit done: 5 updated, 0 unchanged, 0 failed.");

    for (const loginId of loginIds) expect((await readUserThroughBff(loginId)).skills).toEqual({ Support: 60, French: 70 });
  });
});
