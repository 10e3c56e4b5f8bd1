import { USER_CSV_COLUMNS, type Capabilities, type User, type UserCsvColumn } from "@switchboard/contracts";

/** A user as the CSV holds them: the contracts' User without what the file never carries (DID, sign-in details, devices). */
export type UserCsvSource = Pick<
  User,
  "loginId" | "firstName" | "lastName" | "team" | "extension" | "email" | "workPhone" | "mobilePhone" | "disabled" | "changePassword" | "roles" | "skills"
>;

/** Every column that holds one of the user's fields (all but `loginId` and `action`). */
export type UserCsvField = Exclude<UserCsvColumn, "loginId" | "action">;
export const USER_CSV_FIELDS = USER_CSV_COLUMNS.filter((column): column is UserCsvField => column !== "loginId" && column !== "action");

/**
 * The columns a platform may not have at all: on Genesys a user has no team, extension or phones.
 * Every other column exists everywhere (a field the platform cannot change is still shown).
 */
const PLATFORM_OPTIONAL_COLUMNS: readonly UserCsvColumn[] = ["team", "extension", "workPhone", "mobilePhone"];

/**
 * The users CSV's columns on this platform, in the export's order: a platform-optional column only
 * where the platform takes it on a create (`creatableUserFields`, absent: every field) or edits it.
 */
export function userCsvColumnsFor(capabilities: Capabilities): UserCsvColumn[] {
  const has = (column: UserCsvColumn) =>
    capabilities.creatableUserFields === undefined || capabilities.creatableUserFields.includes(column) || capabilities.editableUserFields.includes(column);
  return USER_CSV_COLUMNS.filter((column) => !PLATFORM_OPTIONAL_COLUMNS.includes(column) || has(column));
}
