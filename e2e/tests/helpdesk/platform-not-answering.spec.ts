import { test } from "@playwright/test";
import { assertOnDirectory } from "../directory/steps.ts";
import { signInAs } from "../support/session-steps.ts";
import {
  assertContactCenterNotAnswering,
  assertLoadingUser,
  assertOnUserPage,
  clearSimulatorFaults,
  clickTryAgain,
  goToUser,
  hangThroughSimulator,
} from "./steps.ts";

// The platform hangs on one endpoint through the simulator's control plane; the product runs with
// its default request deadline (12 s), as shipped. Every fault is cleared afterwards, pass or fail,
// so that the specs after this one meet a platform that answers.

/** What the issue promises a person with the defaults: the message within 15 s of opening the page. */
const PROMISED_MS = 15_000;

test.describe("helpdesk: a contact center that does not answer", () => {
  test.afterEach(async ({ request }) => {
    await clearSimulatorFaults(request);
  });

  test("a helpdesk opens a user while the platform hangs, is told the contact center is not answering within 15 s, and tries again once it answers", async ({ page, request }) => {
    test.slow(); // the product's own deadline runs out on purpose
    await page.goto("/");
    await signInAs(page, "helpdesk");
    await assertOnDirectory(page);
    await hangThroughSimulator(request, "GET /user/:username");

    const opened = Date.now();
    await goToUser(page, "navarro");
    await assertLoadingUser(page, "navarro");
    await assertContactCenterNotAnswering(page, { since: opened, within: PROMISED_MS });

    await clearSimulatorFaults(request);
    await clickTryAgain(page);
    await assertOnUserPage(page, "Jose Navarro", "navarro");
  });
});
