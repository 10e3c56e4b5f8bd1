import { expect, test } from "@playwright/test";
import { signInAs } from "../support/session-steps.ts";
import { createUserThroughBff, deleteUserIfLeft, readUserThroughBff, uniqueLogin } from "../support/users-api.ts";
import { fillUsersSearch, goToUsers } from "./browse-steps.ts";
import { assertExportDone, clickExportUsers, downloadExport } from "./export-users-steps.ts";
import { assertApplied, assertApplyNotOffered, assertRowError, clickApplyAndConfirm, goToImportUsers, assertOnImportUsersPage, previewCsv } from "./import-users-steps.ts";

// The round trip of issue 14, as a supervisor makes it: narrow the users list to one person, export
// that as CSV, edit the downloaded file (a wrong team first), preview it (one error, no Apply), fix
// it, preview it clean, apply it as a job, and find the change on the platform.

test.describe("supervisor: the spreadsheet round trip", () => {
  let loginId = "";

  test.beforeEach(async () => {
    loginId = uniqueLogin("e2e.roundtrip");
    await createUserThroughBff({ loginId, firstName: "Round", lastName: "Trip", team: "Customer Service", skills: { Support: 60 }, roles: ["Agent"] });
  });

  test.afterEach(async () => {
    await deleteUserIfLeft(loginId);
  });

  test("exports one user, edits the file, previews with an error, fixes it, and applies it", async ({ page }) => {
    test.slow(); // an export job, two previews and an apply job, each page state scanned for accessibility
    await goToUsers(page);
    await signInAs(page, "supervisor");
    await fillUsersSearch(page, loginId);
    await clickExportUsers(page, "Export 1 user as CSV");
    await assertExportDone(page);
    const { text } = await downloadExport(page);

    const [header, row] = text.replace(/^\uFEFF/, "").split("\r\n");
    expect(row?.startsWith(`${loginId},Round,Trip,Customer Service,`)).toBe(true);
    const columns = (header ?? "").split(",");
    const edited = (team: string) => {
      const cells = (row ?? "").split(",");
      cells[columns.indexOf("team")] = team;
      cells[columns.indexOf("skills")] = "Support:85";
      return [header ?? "", cells.join(",")];
    };

    await goToImportUsers(page);
    await assertOnImportUsersPage(page);
    await previewCsv(page, "users.csv", edited("Nowhere"), { Create: 0, Update: 0, Delete: 0, Unchanged: 0, Error: 1 });
    await assertRowError(page, 2, "Team (team)", "The contact center has no team “Nowhere”. Check its spelling on the Teams page.");
    await assertApplyNotOffered(page, 1);

    await previewCsv(page, "users.csv", edited("Billing"), { Create: 0, Update: 1, Delete: 0, Unchanged: 0, Error: 0 });
    await clickApplyAndConfirm(page, "Update 1 user?", "Apply");
    await assertApplied(page, "Import applied: 0 created, 1 updated, 0 deleted, 0 unchanged, 0 failed.", [[2, loginId, "Updated"]]);

    const after = await readUserThroughBff(loginId);
    expect(after.team).toBe("Billing");
    expect(after.skills).toEqual({ Support: 85 });
  });
});
