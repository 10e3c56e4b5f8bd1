import { stringify as stringifyStream, type Stringifier } from "csv-stringify";
import { stringify } from "csv-stringify/sync";
import type { Capabilities, UserCsvColumn } from "@switchboard/contracts";
import { neutralizeCell } from "../../csv/csv-injection.ts";
import { userCsvColumnsFor, type UserCsvSource } from "./users-csv-columns.ts";

/** `roles` as `A;B`; `skills` as `Skill name:level;Other:level`, A to Z, so that two exports compare line by line. */
export function userToCsvRecord(user: UserCsvSource): Record<UserCsvColumn, string> {
  return {
    loginId: user.loginId,
    firstName: user.firstName,
    lastName: user.lastName,
    team: user.team ?? "",
    extension: user.extension ?? "",
    email: user.email ?? "",
    workPhone: user.workPhone ?? "",
    mobilePhone: user.mobilePhone ?? "",
    disabled: String(user.disabled),
    changePassword: String(user.changePassword),
    roles: user.roles.join(";"),
    skills: Object.entries(user.skills)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, level]) => `${name}:${level}`)
      .join(";"),
    action: "",
  };
}

function options(capabilities: Capabilities) {
  return {
    header: true,
    columns: userCsvColumnsFor(capabilities),
    // Every cell is a string by now; each one that could start a formula gets its leading `'`.
    cast: { string: neutralizeCell },
    record_delimiter: "windows" as const,
  };
}

/** The export's stream: user records in (`userToCsvRecord`), CSV text out, header first. */
export function createUsersCsv(capabilities: Capabilities): Stringifier {
  return stringifyStream(options(capabilities));
}

/** The whole file at once, for a few users and for tests. */
export function stringifyUsersCsv(users: readonly UserCsvSource[], capabilities: Capabilities): string {
  return stringify(users.map(userToCsvRecord), options(capabilities));
}
