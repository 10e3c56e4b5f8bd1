import { test } from "@playwright/test";
import { signInAs } from "../support/session-steps.ts";
import { assertCoverageColumns, assertOnSkillsCoverage, assertUsersFilteredTo, clickFirstTeamCount, clickSkillsInNavigation } from "../supervisor/skills-coverage-steps.ts";

test.describe("Genesys: skills coverage", () => {
  test("a supervisor sees every skill in one All users column (no teams) and drills into who holds one", async ({ page }) => {
    test.slow(); // two pages scanned with axe, one a large table
    await page.goto("/");
    await signInAs(page, "supervisor");
    await clickSkillsInNavigation(page);
    await assertOnSkillsCoverage(page);
    await assertCoverageColumns(page, [/^Skill$/, /^All users/]);

    const cell = await clickFirstTeamCount(page);
    await assertUsersFilteredTo(page, cell);
  });
});
