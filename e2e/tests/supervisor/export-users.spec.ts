import { expect, test } from "@playwright/test";
import { signInAs } from "../support/session-steps.ts";
import { createUserThroughBff, deleteUserIfLeft, readUserThroughBff, uniqueLogin } from "../support/users-api.ts";
import { goToUsers } from "./browse-steps.ts";
import { assertExportDone, clickExportAllUsers, downloadExport } from "./export-users-steps.ts";

// A supervisor exports every user as CSV: the job runs, the file downloads, and it holds the issue's
// columns and a user the test made, as the platform has them.

test.describe("supervisor: exporting the users", () => {
  let loginId = "";

  test.beforeEach(async () => {
    loginId = uniqueLogin("e2e.export");
    await createUserThroughBff({ loginId, firstName: "Export", lastName: "Subject", team: "Customer Service", skills: { Support: 60, French: 40 }, roles: ["Agent"] });
  });

  test.afterEach(async () => {
    await deleteUserIfLeft(loginId);
  });

  test("exports every user, waits for the job, and downloads a CSV holding a known user's row", async ({ page }) => {
    test.slow(); // the whole demo tenant is read, one user at a time
    await goToUsers(page);
    await signInAs(page, "supervisor");

    await clickExportAllUsers(page);
    await assertExportDone(page);
    const { fileName, text } = await downloadExport(page);

    expect(fileName).toMatch(/^switchboard-users-\d{4}-\d{2}-\d{2}\.csv$/);
    // A BOM (Excel then reads UTF-8), then the columns in its order.
    expect(text.startsWith("\uFEFF")).toBe(true);
    const lines = text.slice(1).split("\r\n");
    expect(lines[0]).toBe("loginId,firstName,lastName,team,extension,email,workPhone,mobilePhone,disabled,changePassword,roles,skills,action");
    const user = await readUserThroughBff(loginId);
    const row = lines.find((line) => line.startsWith(`${loginId},`));
    expect(row).toBeDefined();
    expect(row?.startsWith(`${loginId},Export,Subject,Customer Service,${user.extension ?? ""},${user.email ?? ""},`)).toBe(true);
    expect(row?.endsWith(`,${String(user.disabled)},${String(user.changePassword)},Agent,French:40;Support:60,`)).toBe(true);
  });
});
