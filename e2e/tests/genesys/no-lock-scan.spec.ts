import { test } from "@playwright/test";
import { signInAs } from "../support/session-steps.ts";
import { assertNoLockScan, goToLocks } from "./locks-steps.ts";

test.describe("Genesys: no “Locked right now”", () => {
  test("a helpdesk, who has it on Bright Pattern, finds no lock scan on Genesys, which has no lock state", async ({ page }) => {
    await goToLocks(page);
    await signInAs(page, "helpdesk");
    await assertNoLockScan(page);
  });
});
