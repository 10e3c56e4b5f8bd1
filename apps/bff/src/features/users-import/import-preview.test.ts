import { describe, expect, it } from "vitest";
import type { Capabilities, ImportPreviewRow, Role } from "@switchboard/contracts";
import { AppError } from "../../errors/app-error.ts";
import { BPCC_CAPABILITIES } from "../../platform/bpcc-platform.ts";
import { GENESYS_CAPABILITIES } from "../../platform/genesys-platform.ts";
import { planApply } from "./import-plan.ts";
import { previewImport, type ImportTenant, type PreviewOptions } from "./import-preview.ts";
import type { UserCsvSource } from "./users-csv-columns.ts";
import { readUsersCsv } from "./users-csv-read.ts";
import { stringifyUsersCsv } from "./users-csv-write.ts";
import { ERIC } from "./users-csv-fixtures.ts";

const ANA: UserCsvSource = { ...ERIC, loginId: "ana.lopez", firstName: "Ana", lastName: "Lopez", team: "Support", extension: "1002", email: null, skills: {} };

function tenantOf(users: readonly UserCsvSource[], capabilities: Capabilities = BPCC_CAPABILITIES, overrides: Partial<ImportTenant> = {}): ImportTenant {
  return {
    capabilities,
    users: new Map(users.map((user) => [user.loginId, user])),
    teams: ["Sales", "Support"],
    skills: { names: ["English", "Spanish"], complete: false },
    ...overrides,
  };
}

function preview(csv: string, options: { actor?: Role; tenant?: ImportTenant; preview?: PreviewOptions } = {}) {
  const { rows } = readUsersCsv(new TextEncoder().encode(csv));
  return previewImport(rows, options.tenant ?? tenantOf([ERIC, ANA]), options.actor ?? "admin", options.preview);
}

function only(csv: string, options: Parameters<typeof preview>[1] = {}): ImportPreviewRow {
  const [row, ...rest] = preview(csv, options).rows;
  if (!row || rest.length > 0) throw new Error("expected one row");
  return row;
}

describe("previewing an import: what each row does", () => {
  it("an existing user's row updates only the columns that differ; empty cells leave fields alone", () => {
    const row = only("loginId,firstName,team,disabled,skills,roles\neric.chen,Eric,Support,,English:90;French:40,\n");
    expect(row).toEqual({
      row: 2,
      loginId: "eric.chen",
      action: "update",
      changes: {
        team: { from: "Sales", to: "Support" },
        skills: { from: { English: 90, Spanish: 50 }, to: { English: 90, French: 40 } },
      },
    });
  });

  it("a row with the user's values as they are, order and spaces aside, is unchanged", () => {
    const row = only("loginId,team,skills,roles,disabled,extension\neric.chen, Sales ,Spanish:50;English:90,Agent,FALSE,1001\n");
    expect(row).toEqual({ row: 2, loginId: "eric.chen", action: "unchanged" });
  });

  it("an unknown login is a create with every field given, checked by the create form's schema", () => {
    const row = only("loginId,firstName,lastName,team,email,skills,roles\nnew.agent,New,Agent,Sales,new@example.com,Spanish:80,Agent\n");
    expect(row).toEqual({
      row: 2,
      loginId: "new.agent",
      action: "create",
      changes: {
        firstName: { from: null, to: "New" },
        lastName: { from: null, to: "Agent" },
        team: { from: null, to: "Sales" },
        email: { from: null, to: "new@example.com" },
        skills: { from: null, to: { Spanish: 80 } },
        roles: { from: null, to: ["Agent"] },
      },
    });
  });

  it("action=delete deletes an existing user, whatever the other cells say", () => {
    expect(only("loginId,team,action\neric.chen,Nowhere,delete\n")).toEqual({ row: 2, loginId: "eric.chen", action: "delete" });
  });

  it("counts each action in the summary", () => {
    const result = preview("loginId,firstName,lastName,team,action\neric.chen,,,Support,\nana.lopez,,,,\nnew.one,New,One,Sales,\nana.lopez2,,,,delete\n");
    expect(result.summary).toEqual({ create: 1, update: 1, delete: 0, unchanged: 1, error: 1 });
  });
});

describe("previewing an import: every error, on its row and column", () => {
  const errorsOf = (csv: string, options: Parameters<typeof preview>[1] = {}) => {
    const row = only(csv, options);
    expect(row.action).toBe("error");
    expect(row.changes).toBeUndefined();
    return row.errors;
  };

  it("a delete of the user Switchboard signs in to the platform as is an error, whatever the case of the login", () => {
    const tenant = tenantOf([ERIC, ANA], BPCC_CAPABILITIES, { apiUserLoginId: "Eric.Chen" });
    expect(only("loginId,action\neric.chen,delete\n", { tenant })).toEqual({
      row: 2,
      loginId: "eric.chen",
      action: "error",
      errors: [{ field: "action", message: "Switchboard signs in to the contact center as this user; deleting it would lock Switchboard out. Empty this cell." }],
    });
    expect(only("loginId,action\nana.lopez,delete\n", { tenant })).toMatchObject({ action: "delete" });
  });

  it("a delete of a user who does not exist", () => {
    expect(errorsOf("loginId,action\nnobody,delete\n")).toEqual([{ field: "loginId", message: "No user has this login, so there is nothing to delete. Check the login." }]);
  });

  it("an action other than delete", () => {
    expect(errorsOf("loginId,action\neric.chen,remove\n")).toEqual([{ field: "action", message: "Leave this cell empty, or write “delete” to delete the user." }]);
  });

  it("a row without a login", () => {
    expect(errorsOf("loginId,team\n,Sales\n")).toEqual([{ field: "loginId", message: "Enter a login: every row needs the user it is about." }]);
  });

  it("an unknown team, on an update and on a create", () => {
    const unknownTeam = [{ field: "team", message: "The contact center has no team “Nowhere”. Check its spelling on the Teams page." }];
    expect(errorsOf("loginId,team\neric.chen,Nowhere\n")).toEqual(unknownTeam);
    expect(errorsOf("loginId,firstName,lastName,team\nnew.one,New,One,Nowhere\n")).toEqual(unknownTeam);
  });

  it.each([
    ["above 100", "English:101"],
    ["below 0", "English:-1"],
    ["not a whole number", "English:7.5"],
    ["not a number", "English:high"],
    ["missing", "English:"],
  ])("a skill level %s", (_case, cell) => {
    expect(errorsOf(`loginId,skills\neric.chen,${cell}\n`)).toEqual([{ field: "skills.English", message: "Use a whole number from 0 to 100." }]);
  });

  it("a skill without a level, and one given twice", () => {
    expect(errorsOf("loginId,skills\neric.chen,English;Spanish:1;Spanish:2\n")).toEqual([
      { field: "skills", message: "Write each skill as name:level, such as “Spanish:80”; “English” has no level." },
      { field: "skills.Spanish", message: "This skill is given twice in the row. Give it once." },
    ]);
  });

  it("an unknown skill is an error only against a complete catalogue; against the skills merely seen it is allowed", () => {
    const csv = "loginId,skills\neric.chen,Klingon:10\n";
    expect(only(csv).action).toBe("update");
    const catalogue = tenantOf([ERIC], BPCC_CAPABILITIES, { skills: { names: ["English"], complete: true } });
    expect(errorsOf(csv, { tenant: catalogue })).toEqual([{ field: "skills.Klingon", message: "The contact center does not know this skill. Check its spelling, or remove it." }]);
  });

  it("a duplicate login: both rows are errors, each naming the other row, whatever the case", () => {
    const result = preview("loginId,team\neric.chen,Support\nana.lopez,Sales\nEric.Chen,Sales\n");
    expect(result.rows.map((r) => [r.row, r.action, r.errors?.[0]?.message])).toEqual([
      [2, "error", "This login is also on row 4. Keep one row per user."],
      [3, "update", undefined],
      [4, "error", "This login is also on row 2. Keep one row per user."],
    ]);
    expect(result.summary.error).toBe(2);
  });

  it("values the forms refuse: a flag, a name, an email, a login, through the same schemas", () => {
    expect(errorsOf("loginId,disabled\neric.chen,maybe\n")).toEqual([{ field: "disabled", message: "Use true or false." }]);
    expect(errorsOf("loginId,firstName,lastName,team,email\nnew.one,New,One,Sales,not-an-address\n")).toEqual([
      { field: "email", message: "Enter an email address such as name@example.com." },
    ]);
    expect(errorsOf("loginId,firstName,lastName,team\nhas space,New,One,Sales\n")).toEqual([
      { field: "loginId", message: "Use letters, digits and . _ - @ ' + only, without spaces." },
    ]);
    expect(errorsOf("loginId,firstName,lastName,team,roles\nnew.one,New,One,Sales,Agent;Agent\n")).toEqual([{ field: "roles", message: "Give each role once." }]);
  });

  it("a create missing a required field: the names, and a team on a platform with teams", () => {
    expect(errorsOf("loginId,email\nnew.one,new@example.com\n")).toEqual([
      { field: "team", message: "Choose a team: a new user needs one." },
      { field: "firstName", message: "Enter a first name." },
      { field: "lastName", message: "Enter a last name." },
    ]);
  });

  it("a create with a generated password that need not be changed (decision 006)", () => {
    expect(errorsOf("loginId,firstName,lastName,team,changePassword\nnew.one,New,One,Sales,false\n")).toEqual([
      { field: "changePassword", message: "A generated password must be changed at the first sign-in. Leave this on, or type a password." },
    ]);
  });

  it("a field this platform does not let change after creation (BPCC: names, extension, email)", () => {
    expect(errorsOf("loginId,firstName,extension\neric.chen,Erik,1009\n")).toEqual([
      { field: "firstName", message: "This contact center (bpcc) does not let the first name change after the user is created. Leave it empty, or as it is." },
      { field: "extension", message: "This contact center (bpcc) does not let the extension change after the user is created. Leave it empty, or as it is." },
    ]);
  });

  describe("what the role may not do", () => {
    it("a supervisor's creates and deletes: only an admin can…", () => {
      const result = preview("loginId,firstName,lastName,team,action\nnew.one,New,One,Sales,\neric.chen,,,,delete\nana.lopez,,,Sales,\n", { actor: "supervisor" });
      expect(result.rows.map((r) => [r.action, r.errors?.[0]])).toEqual([
        ["error", { field: "loginId", message: "No user has this login, and only an admin can create users. Check the login, or ask an admin." }],
        ["error", { field: "action", message: "Only an admin can delete users. Empty this cell, or ask an admin." }],
        ["update", undefined],
      ]);
    });

    it("a supervisor's role change, where the platform edits roles (Genesys); the same roles are no change", () => {
      const genesysEric = { ...ERIC, team: null, extension: null };
      const tenant = tenantOf([genesysEric], GENESYS_CAPABILITIES, { teams: null });
      expect(errorsOf("loginId,roles\neric.chen,Agent;Supervisor\n", { actor: "supervisor", tenant })).toEqual([
        { field: "roles", message: "Only an admin can change a user's roles. Leave this column empty, or as it is." },
      ]);
      expect(only("loginId,roles\neric.chen,Agent\n", { actor: "supervisor", tenant }).action).toBe("unchanged");
      expect(only("loginId,roles,firstName\neric.chen,Agent;Supervisor,Erik\n", { actor: "admin", tenant }).changes).toEqual({
        firstName: { from: "Eric", to: "Erik" },
        roles: { from: ["Agent"], to: ["Agent", "Supervisor"] },
      });
    });
  });

  describe("on Genesys", () => {
    const genesysEric = { ...ERIC, team: null, extension: null };
    const tenant = tenantOf([genesysEric], GENESYS_CAPABILITIES, { teams: null });

    it("a team or phone the platform has no field for", () => {
      expect(errorsOf("loginId,team,workPhone\neric.chen,Sales,555 0101\n", { tenant })).toEqual([
        { field: "team", message: "This contact center (genesys) has no team for its users. Leave this column empty." },
        { field: "workPhone", message: "This contact center (genesys) has no work phone for its users. Leave this column empty." },
      ]);
    });

    it("a create needs no team, and takes no email", () => {
      expect(only("loginId,firstName,lastName\nnew@example.com,New,One\n", { tenant }).action).toBe("create");
      expect(errorsOf("loginId,firstName,lastName,email\nnew@example.com,New,One,new@example.com\n", { tenant })).toEqual([
        { field: "email", message: "This contact center (genesys) does not set the email address when it creates a user. Leave it empty." },
      ]);
    });

    it("a new user's login must be an e-mail address", () => {
      expect(errorsOf("loginId,firstName,lastName\nnew.one,New,One\n", { tenant })).toEqual([
        { field: "loginId", message: "This contact center (genesys) names users by e-mail address, e.g. ann.lee@example.com." },
      ]);
    });
  });
});

describe("planning the apply", () => {
  it("turns creates, updates and deletes into writes, with what the preview saw as expected values", () => {
    const result = preview("loginId,firstName,lastName,team,skills,action\nnew.one,New,One,Sales,Spanish:80,\neric.chen,,,Support,,\nana.lopez,,,,,delete\n");
    expect(planApply(result)).toEqual([
      { row: 2, loginId: "new.one", kind: "create", user: { loginId: "new.one", firstName: "New", lastName: "One", team: "Sales", skills: { Spanish: 80 } } },
      { row: 3, loginId: "eric.chen", kind: "update", change: { team: "Support" }, expected: { team: "Sales" } },
      { row: 4, loginId: "ana.lopez", kind: "delete" },
    ]);
  });

  it("refuses a preview with errors, naming each row and column, and plans nothing", () => {
    const error = (() => {
      try {
        planApply(preview("loginId,team\neric.chen,Nowhere\n"));
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(400);
    expect((error as AppError).errors).toEqual([{ field: "row 2.team", message: "The contact center has no team “Nowhere”. Check its spelling on the Teams page." }]);
  });

  it("applied, then previewed again after a partial failure: the rows already done are unchanged and cost no write", () => {
    const csv = "loginId,firstName,lastName,team,skills,action\nnew.one,New,One,Sales,Spanish:80,\neric.chen,,,Support,English:10,\nana.lopez,,,,,delete\n";
    const users = new Map<string, UserCsvSource>([
      [ERIC.loginId, ERIC],
      [ANA.loginId, ANA],
    ]);
    const tenantNow = (): ImportTenant => ({ ...tenantOf([]), users: new Map(users) });
    const writes = planApply(preview(csv, { tenant: tenantNow() }));
    // The first two writes take, then the platform fails: the delete is left.
    for (const write of writes.slice(0, 2)) {
      if (write.kind === "create") users.set(write.loginId, { ...ANA, ...write.user, loginId: write.loginId, email: null, changePassword: true, skills: write.user.skills ?? {} });
      if (write.kind === "update") users.set(write.loginId, { ...ERIC, ...write.change });
    }
    const again = preview(csv, { tenant: tenantNow(), preview: { deleteOfMissingUser: "unchanged" } });
    expect(again.rows.map((r) => r.action)).toEqual(["unchanged", "unchanged", "delete"]);
    expect(planApply(again)).toEqual([{ row: 4, loginId: "ana.lopez", kind: "delete" }]);

    users.delete(ANA.loginId);
    const done = preview(csv, { tenant: tenantNow(), preview: { deleteOfMissingUser: "unchanged" } });
    expect(done.summary).toEqual({ create: 0, update: 0, delete: 0, unchanged: 3, error: 0 });
    expect(planApply(done)).toEqual([]);
  });

  it("an exported file imported as it is changes nothing", () => {
    const csv = stringifyUsersCsv([ERIC, { ...ANA, firstName: "=Ana", workPhone: "+1 650 555 0101" }], BPCC_CAPABILITIES);
    const anaAsExported = { ...ANA, firstName: "=Ana", workPhone: "+1 650 555 0101" };
    const result = preview(csv, { tenant: tenantOf([ERIC, anaAsExported]) });
    expect(result.summary).toEqual({ create: 0, update: 0, delete: 0, unchanged: 2, error: 0 });
  });
});
