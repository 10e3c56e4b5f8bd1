import type { ImportValue, UserCsvColumn } from "@switchboard/contracts";

const COLUMN_LABELS: Record<UserCsvColumn, string> = {
  loginId: "Login",
  firstName: "First name",
  lastName: "Last name",
  team: "Team",
  extension: "Extension",
  email: "Email",
  workPhone: "Work phone",
  mobilePhone: "Mobile phone",
  disabled: "Disabled",
  changePassword: "Must change password",
  roles: "Roles",
  skills: "Skills",
  action: "Action",
};

/** A field error's or change's field in words, with the CSV column's own name beside it so the cell can be found. */
export function columnLabel(field: string): string {
  const skill = /^skills\.(.+)$/.exec(field);
  if (skill) return `Skill “${skill[1]}” (skills)`;
  const label = Object.hasOwn(COLUMN_LABELS, field) ? COLUMN_LABELS[field as UserCsvColumn] : undefined;
  return label ? `${label} (${field})` : field;
}

/** A value as the file writes it: roles `A;B`, skills `Name:level;…`, nothing as "—". */
export function formatImportValue(value: ImportValue): string {
  if (value === null || value === "") return "—";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (Array.isArray(value)) return value.length === 0 ? "none" : value.join(";");
  if (typeof value === "object") {
    const skills = Object.entries(value);
    return skills.length === 0 ? "none" : skills.map(([name, level]) => `${name}:${level}`).join(";");
  }
  return value;
}
