import { EDITABLE_USER_FIELDS, sameFieldValue, type EditableUserField, type FieldError, type ImportValue } from "@switchboard/contracts";
import type { z } from "zod";
import type { UsersCsvRow } from "./users-csv-read.ts";
import { USER_CSV_FIELDS, type UserCsvField } from "./users-csv-columns.ts";

// What a row's cells say, before anything is compared with the tenant: flags, role lists and skills read
// from their text, each cell's problem on its own field (import-preview.ts compares the result).

/** How a message names each field. */
export const FIELD_WORDS: Record<UserCsvField, string> = {
  firstName: "the first name",
  lastName: "the last name",
  team: "the team",
  extension: "the extension",
  email: "the email address",
  workPhone: "the work phone",
  mobilePhone: "the mobile phone",
  disabled: "whether the account is disabled",
  changePassword: "whether the password must be changed",
  roles: "the roles",
  skills: "the skills",
};

const FLAG_FIELDS: readonly UserCsvField[] = ["disabled", "changePassword"];
const FLAG_RULE = "Use true or false.";

type Interpreted = { value: ImportValue; errors: FieldError[] };

/** `A;B` → the role list, blanks dropped. */
function rolesOf(cell: string): Interpreted {
  return { value: cell.split(";").map((role) => role.trim()).filter((role) => role !== ""), errors: [] };
}

/** `Name:level;Other:level` → name → level; the level's range is the schema's to judge. */
function skillsOf(cell: string): Interpreted {
  const skills: Record<string, number> = {};
  const errors: FieldError[] = [];
  for (const part of cell.split(";").map((item) => item.trim()).filter((item) => item !== "")) {
    const colon = part.lastIndexOf(":");
    if (colon < 0) {
      errors.push({ field: "skills", message: `Write each skill as name:level, such as “Spanish:80”; “${part}” has no level.` });
      continue;
    }
    const name = part.slice(0, colon).trim();
    const levelText = part.slice(colon + 1).trim();
    if (Object.hasOwn(skills, name)) {
      errors.push({ field: `skills.${name}`, message: "This skill is given twice in the row. Give it once." });
      continue;
    }
    // An empty or non-numeric level is NaN, which the level's schema refuses with the forms' wording.
    skills[name] = /^[+-]?\d+(\.\d+)?$/.test(levelText) ? Number(levelText) : Number.NaN;
  }
  return { value: skills, errors };
}

function interpret(field: UserCsvField, cell: string): Interpreted {
  if (FLAG_FIELDS.includes(field)) {
    const word = cell.trim().toLowerCase();
    if (word === "true" || word === "false") return { value: word === "true", errors: [] };
    return { value: null, errors: [{ field, message: FLAG_RULE }] };
  }
  if (field === "roles") return rolesOf(cell);
  if (field === "skills") return skillsOf(cell);
  return { value: cell, errors: [] };
}

export function isEditable(field: UserCsvField): field is EditableUserField {
  return (EDITABLE_USER_FIELDS as readonly string[]).includes(field);
}

/** Whether the wanted value is what the user has: sets regardless of order, text regardless of surrounding spaces. */
export function isSame(field: UserCsvField, current: ImportValue, wanted: ImportValue): boolean {
  if (isEditable(field)) {
    if (typeof current === "string" && typeof wanted === "string") return current.trim() === wanted.trim();
    return sameFieldValue(field, current, wanted);
  }
  return typeof wanted === "string" && (current ?? "") === wanted.trim();
}

export function issuesToErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ field: issue.path.join(".") || "row", message: issue.message }));
}

/** The cells that hold a value, interpreted; an empty cell leaves its field alone. */
export function givenFields(
  row: UsersCsvRow,
  platformColumns: readonly string[],
  platform: string,
): { wanted: Partial<Record<UserCsvField, ImportValue>>; errors: FieldError[] } {
  const wanted: Partial<Record<UserCsvField, ImportValue>> = {};
  const errors: FieldError[] = [];
  for (const field of USER_CSV_FIELDS) {
    const cell = row.cells[field];
    if (cell === undefined || cell.trim() === "") continue;
    if (!platformColumns.includes(field)) {
      errors.push({ field, message: `This contact center (${platform}) has no ${FIELD_WORDS[field].replace(/^the /, "")} for its users. Leave this column empty.` });
      continue;
    }
    const interpreted = interpret(field, cell);
    errors.push(...interpreted.errors);
    if (interpreted.errors.length === 0) wanted[field] = interpreted.value;
  }
  return { wanted, errors };
}
