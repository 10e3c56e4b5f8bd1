import { expect, test } from "@playwright/test";
import { signInAs } from "../support/session-steps.ts";
import { E2E_GENESYS } from "../support/environment.ts";
import { createUserThroughBff, deleteUserIfLeft } from "../support/users-api.ts";
import { goToUsers } from "../supervisor/browse-steps.ts";
import { assertExportDone, clickExportUsers, downloadExport } from "../supervisor/export-users-steps.ts";
import { uniqueUserName } from "./steps.ts";

// On Genesys a user has no team, extension or phones: the export leaves those columns out. The
// search narrows it to the one user the test made.

test.describe("Genesys: a supervisor exports the users the search finds", () => {
  let userName = "";

  test.beforeEach(async () => {
    userName = uniqueUserName("e2e.export");
    await createUserThroughBff({ loginId: userName, firstName: "Ines", lastName: "Export", roles: ["ROLE_AGENT"], skills: { English: 4 } }, E2E_GENESYS);
  });

  test.afterEach(async () => {
    await deleteUserIfLeft(userName, E2E_GENESYS);
  });

  test("the file holds Genesys's columns and the one user found", async ({ page }) => {
    await goToUsers(page, { q: userName });
    await signInAs(page, "supervisor");

    await clickExportUsers(page, "Export 1 user as CSV");
    await assertExportDone(page);
    const { text } = await downloadExport(page);

    const lines = text.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("loginId,firstName,lastName,email,disabled,changePassword,roles,skills,action");
    expect(lines.filter((line) => line !== "")).toHaveLength(2);
    expect(lines[1]?.startsWith(`${userName},Ines,Export,`)).toBe(true);
    expect(lines[1]?.endsWith(",ROLE_AGENT,English:4,")).toBe(true);
  });
});
