import { test } from "@playwright/test";
import { signInAs } from "../support/session-steps.ts";
import { assertOnSkillsCoverage, assertUsersFilteredTo, chooseCountAt, clickFirstTeamCount, clickSkillsInNavigation } from "./skills-coverage-steps.ts";

test.describe("supervisor: skills coverage", () => {
  test("a supervisor opens Skills, sees the map, and drills from a count into the users it counts", async ({ page }) => {
    // Four pages checked with axe, two of them a large table: more than the default 30 s on a busy machine.
    test.slow();
    await page.goto("/");
    await signInAs(page, "supervisor");
    await clickSkillsInNavigation(page);
    await assertOnSkillsCoverage(page);

    const everyLevel = await clickFirstTeamCount(page);
    await assertUsersFilteredTo(page, everyLevel);

    await page.goBack();
    await assertOnSkillsCoverage(page);
    await chooseCountAt(page, "Level 70–100");
    const experts = await clickFirstTeamCount(page);
    await assertUsersFilteredTo(page, experts, "high");
  });
});
