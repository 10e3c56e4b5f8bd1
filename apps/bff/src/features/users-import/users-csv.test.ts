import { describe, expect, it } from "vitest";
import { MAX_IMPORT_ROWS, type Capabilities } from "@switchboard/contracts";
import { AppError } from "../../errors/app-error.ts";
import { BPCC_CAPABILITIES } from "../../platform/bpcc-platform.ts";
import { GENESYS_CAPABILITIES } from "../../platform/genesys-platform.ts";
import type { UserCsvSource } from "./users-csv-columns.ts";
import { readUsersCsv } from "./users-csv-read.ts";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { createUsersCsv, stringifyUsersCsv, userToCsvRecord } from "./users-csv-write.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);
const read = (text: string) => readUsersCsv(utf8(text));

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the file to be refused");
}

const SHEILA: UserCsvSource = {
  loginId: "sheila.thomas",
  firstName: "Sheila",
  lastName: "Thomas",
  team: "Customer Service",
  extension: "1072",
  email: "sheila.thomas@example.com",
  workPhone: "4151234567",
  mobilePhone: "+1 (650) 123-4567",
  disabled: false,
  changePassword: true,
  roles: ["Agent", "Supervisor"],
  skills: { Spanish: 100, English: 90 },
};

describe("reading a users CSV", () => {
  it("reads UTF-8 with a BOM the same as without", () => {
    const text = "loginId,firstName\r\nzoë.ångström,Zoë\r\n";
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    expect(readUsersCsv(withBom)).toEqual(read(text));
    expect(read(text).rows).toEqual([{ row: 2, cells: { loginId: "zoë.ångström", firstName: "Zoë" } }]);
  });

  it("takes semicolons as the separator when the header uses them, and the columns in any order", () => {
    const { columns, rows } = read("skills;loginId;team\n\"Spanish:80;English:90\";eric.chen;Sales\n");
    expect(columns).toEqual(["skills", "loginId", "team"]);
    expect(rows[0]?.cells).toEqual({ skills: "Spanish:80;English:90", loginId: "eric.chen", team: "Sales" });
  });

  it("reads quoted cells holding separators, doubled quotes and line breaks, numbering rows as a spreadsheet does", () => {
    const text = 'loginId,lastName,team\na,"Smith, Jr.","The ""A"" team"\nb,"two\nlines\nlong",Sales\nc,Last,Sales\n';
    const { rows } = read(text);
    expect(rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(rows[0]?.cells).toEqual({ loginId: "a", lastName: "Smith, Jr.", team: 'The "A" team' });
    expect(rows[1]?.cells.lastName).toBe("two\nlines\nlong");
    expect(rows[2]?.cells.loginId).toBe("c");
  });

  it("skips blank lines but keeps counting them, as a spreadsheet shows them", () => {
    expect(read("loginId\na\n\nb\n").rows.map((r) => [r.row, r.cells.loginId])).toEqual([
      [2, "a"],
      [4, "b"],
    ]);
  });

  it("names the row, and the file's line when a quoted cell spans lines before it, of a row with the wrong number of cells", () => {
    const error = refusal(() => read('loginId,lastName\na,"x\ny"\nb,Last,extra\n'));
    expect(error.status).toBe(400);
    expect(error.message).toBe("Row 3 (line 4 of the file) has 3 cells where the header has 2 columns. Check its separators and quotes.");
  });

  it("refuses a file that is not UTF-8, naming why", () => {
    const latin1 = new Uint8Array([...utf8("loginId,firstName\nzoe,Zo"), 0xeb, 0x0a]);
    const error = refusal(() => readUsersCsv(latin1));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/not UTF-8 text/);
  });

  it("refuses binary data (a spreadsheet's own format) and broken quoting as not CSV", () => {
    expect(refusal(() => readUsersCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).message).toMatch(/not CSV text/);
    const unclosed = refusal(() => read('loginId,firstName\na,"open\n'));
    expect(unclosed.status).toBe(400);
    expect(unclosed.message).toMatch(/^The file is not valid CSV: .*quote/i);
  });

  it("refuses an unknown column by name, a doubled one, and a header without loginId", () => {
    expect(refusal(() => read("loginId,nickname\na,b\n")).message).toMatch(/unknown column “nickname”/);
    expect(refusal(() => read("loginId,team,team\na,b,c\n")).message).toMatch(/column “team” twice/);
    expect(refusal(() => read("firstName,team\nA,B\n")).message).toMatch(/no “loginId” column/);
    expect(refusal(() => read("")).message).toMatch(/empty/);
    expect(refusal(() => read("loginId\n\n")).message).toMatch(/no users/);
  });

  it(`takes ${MAX_IMPORT_ROWS} rows and refuses one more with a 413 that names the limit`, () => {
    const file = (rows: number) => `loginId\n${Array.from({ length: rows }, (_, i) => `user${i}`).join("\n")}\n`;
    expect(read(file(MAX_IMPORT_ROWS)).rows).toHaveLength(MAX_IMPORT_ROWS);
    const error = refusal(() => read(file(MAX_IMPORT_ROWS + 1)));
    expect(error.status).toBe(413);
    expect(error.message).toMatch(/at most 1,000 users/);
  });

  it("reads a neutralized cell back as the value it stands for, and leaves a typed formula as typed", () => {
    const { rows } = read("loginId,firstName,lastName,workPhone\n'=cmd,'@Sum,''=x,'+1 650\nplain,=1+1,O'Brien,'x\n");
    expect(rows[0]?.cells).toEqual({ loginId: "=cmd", firstName: "@Sum", lastName: "'=x", workPhone: "+1 650" });
    expect(rows[1]?.cells).toEqual({ loginId: "plain", firstName: "=1+1", lastName: "O'Brien", workPhone: "'x" });
  });
});

describe("writing a users CSV", () => {
  it("writes every column in the issue's order on BPCC, roles as A;B and skills as name:level, action empty", () => {
    const csv = stringifyUsersCsv([SHEILA], BPCC_CAPABILITIES);
    expect(csv.split("\r\n")).toEqual([
      "loginId,firstName,lastName,team,extension,email,workPhone,mobilePhone,disabled,changePassword,roles,skills,action",
      "sheila.thomas,Sheila,Thomas,Customer Service,1072,sheila.thomas@example.com,4151234567,'+1 (650) 123-4567,false,true,Agent;Supervisor,English:90;Spanish:100,",
      "",
    ]);
  });

  it("streams the same file the export job will write, user by user", async () => {
    const users = [SHEILA, { ...SHEILA, loginId: "=x", roles: [], skills: {} }];
    const streamed = await text(Readable.from(users.map(userToCsvRecord)).pipe(createUsersCsv(BPCC_CAPABILITIES)));
    expect(streamed).toBe(stringifyUsersCsv(users, BPCC_CAPABILITIES));
  });

  it("leaves out the columns Genesys has no field for", () => {
    const [header] = stringifyUsersCsv([SHEILA], GENESYS_CAPABILITIES).split("\r\n");
    expect(header).toBe("loginId,firstName,lastName,email,disabled,changePassword,roles,skills,action");
  });

  it.each(["=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tcmd", "\rcmd", " =1", "＝1", "'=already"])("neutralizes a cell starting %j, and reads it back as it was", (value) => {
    const user = { ...SHEILA, firstName: value, lastName: value };
    const csv = stringifyUsersCsv([user], BPCC_CAPABILITIES);
    const dataLine = csv.split("\r\n")[1] ?? "";
    // The cell as a spreadsheet sees it (quoted where CSV needs it) starts with ' rather than the formula.
    expect(dataLine).toMatch(/^sheila\.thomas,"?'/);
    const [row] = readUsersCsv(new TextEncoder().encode(csv)).rows;
    expect(row?.cells.firstName).toBe(value);
    expect(row?.cells.lastName).toBe(value);
  });

  it("round-trips a whole user: export, import, the same cells", () => {
    const genesysUser = { ...SHEILA, team: null, extension: null, workPhone: null, mobilePhone: null };
    for (const [user, capabilities] of [
      [SHEILA, BPCC_CAPABILITIES],
      [genesysUser, GENESYS_CAPABILITIES],
    ] as Array<[UserCsvSource, Capabilities]>) {
      const [row] = readUsersCsv(new TextEncoder().encode(stringifyUsersCsv([user], capabilities))).rows;
      expect(row?.cells.workPhone ?? null).toBe(user.workPhone);
      expect(row?.cells.skills).toBe("English:90;Spanish:100");
      expect(row?.cells.action).toBe("");
    }
  });
});
