import {
  CreateUserRequestSchema,
  EDITABLE_USER_FIELDS,
  loginIdFormatError,
  roleCan,
  sameFieldValue,
  UserChangeSchema,
  type Capabilities,
  type FieldError,
  type ImportChange,
  type ImportPreview,
  type ImportPreviewRow,
  type ImportSummary,
  type ImportValue,
  type Role,
} from "@switchboard/contracts";
import type { UsersCsvRow } from "./users-csv-read.ts";
import { apiUserRefusal, isTheApiUser } from "../users/user-problems.ts";
import type { TeamScope } from "../../auth/team-scope.ts";
import { scopeErrors, withScopeErrors } from "./import-scope.ts";
import { USER_CSV_FIELDS, userCsvColumnsFor, type UserCsvField, type UserCsvSource } from "./users-csv-columns.ts";
import { FIELD_WORDS, givenFields, isEditable, isSame, issuesToErrors } from "./import-cells.ts";

/**
 * What a preview needs to know of the tenant. The route fills it by reading the users the file names
 * (`ImportTenantSource`); the user index can stand behind the same interface later.
 */
export interface ImportTenant {
  readonly capabilities: Capabilities;
  /** The users the file names that exist, keyed by the login as the file writes it; a login missing here has no user. */
  readonly users: ReadonlyMap<string, UserCsvSource>;
  /** The tenant's team names; null where the platform has no teams (no team is then checked here). */
  readonly teams: readonly string[] | null;
  /**
   * The skill names known, and whether that is the platform's whole catalogue. Only a complete list
   * makes an unknown skill an error; the skills Switchboard has merely seen (BPCC lists none) do not
   * (docs/decisions/020).
   */
  readonly skills: { readonly names: readonly string[]; readonly complete: boolean };
  /** The user Switchboard signs in to the platform as (`Platform.apiUserLoginId`): a delete of it is an error. */
  readonly apiUserLoginId?: string;
}

export interface ImportTenantSource {
  /** The tenant as it is now, with the users of these logins (the file's spelling). */
  load(loginIds: readonly string[]): Promise<ImportTenant>;
}

export interface PreviewOptions {
  /**
   * A delete whose user does not exist: an `error` in a preview (a mistyped login), `unchanged` when
   * the apply job previews again to pick up after a partial failure (the user is gone as wanted).
   */
  readonly deleteOfMissingUser?: "error" | "unchanged";
  /** The actor's team scope (decision 023): rows about other teams' users are errors. The whole tenant when absent (an admin). */
  readonly scope?: TeamScope;
}

interface RowContext {
  readonly tenant: ImportTenant;
  readonly actor: Role;
  readonly platformColumns: readonly string[];
}

/**
 * Team and skills against what the tenant has: the checks no schema can make, made whether or not the
 * schema passed, so that a row shows all its problems at once.
 */
function tenantErrors(values: Partial<Record<UserCsvField, ImportValue>>, tenant: ImportTenant): FieldError[] {
  const errors: FieldError[] = [];
  const team = typeof values.team === "string" ? values.team.trim() : undefined;
  if (team !== undefined && tenant.teams !== null && !tenant.teams.includes(team)) {
    errors.push({ field: "team", message: `The contact center has no team “${team}”. Check its spelling on the Teams page.` });
  }
  const skills = values.skills;
  if (typeof skills === "object" && skills !== null && !Array.isArray(skills) && tenant.skills.complete) {
    for (const name of Object.keys(skills)) {
      if (!tenant.skills.names.includes(name)) errors.push({ field: `skills.${name}`, message: "The contact center does not know this skill. Check its spelling, or remove it." });
    }
  }
  return errors;
}

function previewUpdate(row: UsersCsvRow, loginId: string, current: UserCsvSource, context: RowContext): ImportPreviewRow {
  const { wanted, errors } = givenFields(row, context.platformColumns, context.tenant.capabilities.platform);
  const { capabilities } = context.tenant;
  const differing = USER_CSV_FIELDS.filter((field) => wanted[field] !== undefined && !isSame(field, current[field], wanted[field] ?? null));
  const change: Record<string, ImportValue> = {};
  for (const field of differing) {
    if (!isEditable(field) || !capabilities.editableUserFields.includes(field)) {
      errors.push({ field, message: `This contact center (${capabilities.platform}) does not let ${FIELD_WORDS[field]} change after the user is created. Leave it empty, or as it is.` });
    } else {
      change[field] = wanted[field] ?? null;
    }
  }
  if (!roleCan(context.actor, "editUser") && differing.length > 0) errors.push({ field: "loginId", message: "Your role may not change users." });
  if (change["roles"] !== undefined && !roleCan(context.actor, "editUserRoles")) {
    errors.push({ field: "roles", message: "Only an admin can change a user's roles. Leave this column empty, or as it is." });
  }
  const parsed = UserChangeSchema.safeParse(change);
  if (!parsed.success) errors.push(...issuesToErrors(parsed.error));
  errors.push(...tenantErrors(change, context.tenant));
  if (errors.length > 0 || !parsed.success) return { row: row.row, loginId, action: "error", errors };

  // The schemas trim: a value that differed only by its spaces is no change.
  const changes: Record<string, ImportChange> = {};
  for (const field of EDITABLE_USER_FIELDS) {
    const to = parsed.data[field];
    if (to === undefined || sameFieldValue(field, current[field], to)) continue;
    changes[field] = { from: current[field], to };
  }
  return Object.keys(changes).length === 0 ? { row: row.row, loginId, action: "unchanged" } : { row: row.row, loginId, action: "update", changes };
}

function previewCreate(row: UsersCsvRow, loginId: string, context: RowContext): ImportPreviewRow {
  const { wanted, errors } = givenFields(row, context.platformColumns, context.tenant.capabilities.platform);
  const { capabilities } = context.tenant;
  if (!roleCan(context.actor, "createUser")) {
    errors.unshift({ field: "loginId", message: "No user has this login, and only an admin can create users. Check the login, or ask an admin." });
  } else if (!capabilities.operations.includes("createUser")) {
    errors.unshift({ field: "loginId", message: `No user has this login, and this contact center (${capabilities.platform}) does not let Switchboard create users.` });
  }
  const badLogin = loginIdFormatError(capabilities, loginId);
  if (badLogin) errors.push(badLogin);
  const creatable = capabilities.creatableUserFields;
  for (const field of USER_CSV_FIELDS) {
    if (wanted[field] !== undefined && creatable !== undefined && !creatable.includes(field) && context.platformColumns.includes(field)) {
      errors.push({ field, message: `This contact center (${capabilities.platform}) does not set ${FIELD_WORDS[field]} when it creates a user. Leave it empty.` });
      delete wanted[field];
    }
  }
  // A platform with teams puts every user in one (BPCC refuses a create without).
  const takesTeams = creatable === undefined || creatable.includes("team");
  if (takesTeams && wanted.team === undefined) errors.push({ field: "team", message: "Choose a team: a new user needs one." });
  const parsed = CreateUserRequestSchema.safeParse({ loginId, ...wanted });
  if (!parsed.success) errors.push(...issuesToErrors(parsed.error));
  errors.push(...tenantErrors(wanted, context.tenant));
  if (errors.length > 0 || !parsed.success) return { row: row.row, loginId, action: "error", errors };

  const { loginId: _login, ...fields } = parsed.data;
  const changes: Record<string, ImportChange> = Object.fromEntries(
    Object.entries(fields).flatMap(([field, to]): Array<[string, ImportChange]> => ((to as unknown) === undefined ? [] : [[field, { from: null, to }]])),
  );
  return { row: row.row, loginId: parsed.data.loginId, action: "create", changes };
}

function previewDelete(row: UsersCsvRow, loginId: string, exists: boolean, context: RowContext, options: PreviewOptions): ImportPreviewRow {
  const errors: FieldError[] = [];
  if (!roleCan(context.actor, "deleteUser")) errors.push({ field: "action", message: "Only an admin can delete users. Empty this cell, or ask an admin." });
  else if (!context.tenant.capabilities.operations.includes("deleteUser")) {
    errors.push({ field: "action", message: `This contact center (${context.tenant.capabilities.platform}) does not let Switchboard delete users.` });
  } else if (isTheApiUser(context.tenant, loginId)) {
    errors.push({ field: "action", message: `${apiUserRefusal("deleting")} Empty this cell.` });
  }
  if (!exists) {
    if ((options.deleteOfMissingUser ?? "error") === "unchanged" && errors.length === 0) return { row: row.row, loginId, action: "unchanged" };
    errors.push({ field: "loginId", message: "No user has this login, so there is nothing to delete. Check the login." });
  }
  return errors.length > 0 ? { row: row.row, loginId, action: "error", errors } : { row: row.row, loginId, action: "delete" };
}

const loginKey = (loginId: string) => loginId.trim().toLowerCase();

/** Rows naming the same login (compared without case: Genesys does so): each row → the other rows. */
function duplicateRows(rows: readonly UsersCsvRow[]): Map<number, number[]> {
  const byLogin = new Map<string, number[]>();
  for (const row of rows) {
    const login = loginKey(row.cells.loginId ?? "");
    if (login === "") continue;
    byLogin.set(login, [...(byLogin.get(login) ?? []), row.row]);
  }
  const others = new Map<number, number[]>();
  for (const numbers of byLogin.values()) {
    if (numbers.length < 2) continue;
    for (const number of numbers) others.set(number, numbers.filter((other) => other !== number));
  }
  return others;
}

function previewRow(row: UsersCsvRow, context: RowContext, options: PreviewOptions): ImportPreviewRow {
  const loginId = (row.cells.loginId ?? "").trim();
  if (loginId === "") return { row: row.row, loginId, action: "error", errors: [{ field: "loginId", message: "Enter a login: every row needs the user it is about." }] };
  const action = (row.cells.action ?? "").trim().toLowerCase();
  if (action !== "" && action !== "delete") {
    return { row: row.row, loginId, action: "error", errors: [{ field: "action", message: "Leave this cell empty, or write “delete” to delete the user." }] };
  }
  const current = context.tenant.users.get(loginId);
  const outOfScope = scopeErrors(row, loginId, current, options.scope ?? null);
  if (action === "delete") return withScopeErrors(previewDelete(row, loginId, current !== undefined, context, options), outOfScope);
  return withScopeErrors(current ? previewUpdate(row, loginId, current, context) : previewCreate(row, loginId, context), outOfScope);
}

export function summarize(rows: readonly ImportPreviewRow[]): ImportSummary {
  const summary: ImportSummary = { create: 0, update: 0, delete: 0, unchanged: 0, error: 0 };
  for (const row of rows) summary[row.action] += 1;
  return summary;
}

/**
 * The dry run: what each row of the file would do to the tenant, and every reason it cannot. Pure:
 * reads only `tenant`, writes nothing. A row whose user exists is an update of only the columns that
 * differ (an empty cell leaves its field alone; nothing differing: `unchanged`); one whose user does
 * not is a create; `action` = `delete` deletes. Each value goes through the forms' schemas
 * (CreateUserRequest, UserChange), then the tenant's teams and skills, the actor's role and the
 * platform's capabilities. Two rows naming one login are both errors.
 */
export function previewImport(rows: readonly UsersCsvRow[], tenant: ImportTenant, actor: Role, options: PreviewOptions = {}): ImportPreview {
  const context: RowContext = { tenant, actor, platformColumns: userCsvColumnsFor(tenant.capabilities) };
  const duplicates = duplicateRows(rows);
  const previewed = rows.map((row): ImportPreviewRow => {
    const result = previewRow(row, context, options);
    const others = duplicates.get(row.row);
    if (!others) return result;
    return withScopeErrors(result, [{ field: "loginId", message: `This login is also on row ${others.join(", row ")}. Keep one row per user.` }]);
  });
  return { rows: previewed, summary: summarize(previewed) };
}
