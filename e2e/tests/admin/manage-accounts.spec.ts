import { randomBytes } from "node:crypto";
import { test } from "@playwright/test";
import { clickSignOut, signInAs, signInWith } from "../support/session-steps.ts";
import {
  assertAccountListed,
  assertAccountRemoved,
  assertAdminApiRefused,
  assertAuditAddress,
  assertAuditChanges,
  assertAuditRecord,
  assertCsvExportNames,
  assertDialogKeepsFocus,
  assertNoAccess,
  assertNoAdminNavigation,
  assertOnAccounts,
  assertOnAudit,
  assertOwnAccountProtected,
  clickApplyFilters,
  clickConfirmRemoval,
  clickCreateAccount,
  clickNavigation,
  clickNewAccount,
  clickRemoveAccount,
  fillAuditFilter,
  fillNewAccount,
  goToAccounts,
  goToAudit,
  removeAccountIfLeft,
  uniqueAccountName,
} from "./steps.ts";

test.describe("managing the dashboard's accounts", () => {
  const account = {
    username: uniqueAccountName("e2e-helpdesk"),
    password: `e2e ${randomBytes(12).toString("base64url")}`,
    role: "helpdesk",
  } as const;

  test.afterEach(async ({ page }) => {
    await removeAccountIfLeft(page, account.username);
  });

  test("an admin creates a helpdesk account, which sees no admin pages, and the audit trail shows it all", async ({
    page,
    browser,
  }) => {
    // Two accounts sign in (the BFF's scrypt takes its second on purpose) and a dozen views are
    // checked with axe (one to two seconds each on a small machine).
    test.setTimeout(90_000);
    await goToAccounts(page);
    await signInAs(page, "admin");
    await assertOnAccounts(page);

    await clickNewAccount(page);
    await fillNewAccount(page, account);
    await clickCreateAccount(page);
    await assertAccountListed(page, account.username, "Helpdesk");

    // The new colleague, in a browser of their own.
    const theirs = await browser.newContext();
    const helpdesk = await theirs.newPage();
    await helpdesk.goto("/");
    await signInWith(helpdesk, account.username, account.password);
    await assertNoAdminNavigation(helpdesk);
    await assertAdminApiRefused(helpdesk);
    await goToAccounts(helpdesk);
    await assertNoAccess(helpdesk);
    await clickSignOut(helpdesk);
    await theirs.close();

    await clickNavigation(page, "Audit");
    await assertOnAudit(page);
    await fillAuditFilter(page, "Target", account.username);
    await clickApplyFilters(page);
    await assertAuditAddress(page, { target: account.username });
    await assertAuditRecord(page, { action: "account.create", actor: "admin", target: account.username });
    await assertAuditRecord(page, { action: "session.sign_in", actor: account.username, target: account.username });
    await assertAuditChanges(page, "account.create", "role", "helpdesk");
    await assertCsvExportNames(page, account.username);

    // Clean up, through the page as an admin would, and see that the trail kept that too.
    await clickNavigation(page, "Accounts");
    await assertOnAccounts(page);
    await clickRemoveAccount(page, account.username);
    await clickConfirmRemoval(page, account.username);
    await assertAccountRemoved(page, account.username);
    await goToAudit(page, { target: account.username });
    await assertOnAudit(page);
    await assertAuditRecord(page, { action: "account.remove", actor: "admin", target: account.username });
  });

  test("an admin cannot lock themselves out, and the dialogs work from the keyboard", async ({ page }) => {
    await goToAccounts(page);
    await signInAs(page, "admin");
    await assertOnAccounts(page);

    await assertOwnAccountProtected(page, "admin");
    await assertDialogKeepsFocus(page, page.getByRole("button", { name: "New account" }), "New account");
    await assertDialogKeepsFocus(page, page.getByRole("button", { name: "Remove viewer" }), "Remove viewer?");
  });
});
