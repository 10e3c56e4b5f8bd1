import { test } from "@playwright/test";
import { signInAs } from "../support/session-steps.ts";
import {
  assertListedAsLocked,
  assertNotListed,
  assertOnLocksPage,
  assertScanFinished,
  assertUnlockedIn,
  clickScanNow,
  clickUnlockIn,
  goToLocks,
} from "./locks-steps.ts";
import { lockThroughSimulator, unlockThroughBff } from "./steps.ts";

// The test locks three seeded people through the simulator's control plane and leaves them unlocked.
const LOCKED = [
  { loginId: "dale.turner", name: "Dale Turner" },
  { loginId: "frank.zappa", name: "Frank Zappa" },
  { loginId: "eric.chen", name: "Eric Chen" },
];

test.describe("helpdesk: “who is locked out this Monday morning?”", () => {
  test("a helpdesk scans the whole tenant, finds the users the platform locked, and unlocks one", async ({ page, request }) => {
    test.slow(); // a scan of every user, and an accessibility scan of each step
    for (const { loginId } of LOCKED) await lockThroughSimulator(request, loginId);
    try {
      await goToLocks(page);
      await signInAs(page, "helpdesk");
      await assertOnLocksPage(page);

      await clickScanNow(page);
      await assertScanFinished(page);
      for (const { loginId, name } of LOCKED) await assertListedAsLocked(page, name, loginId);

      await clickUnlockIn(page, "Dale Turner");
      await assertUnlockedIn(page, "Dale Turner");

      // A new scan no longer finds him; the others are still locked.
      await clickScanNow(page);
      await assertScanFinished(page);
      await assertNotListed(page, "Dale Turner");
      await assertListedAsLocked(page, "Frank Zappa", "frank.zappa");
    } finally {
      for (const { loginId } of LOCKED) await unlockThroughBff(request, loginId);
    }
  });
});
