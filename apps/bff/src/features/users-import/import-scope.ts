import type { FieldError, ImportPreviewRow } from "@switchboard/contracts";
import { inTeamScope } from "@switchboard/contracts";
import { outsideScopeMessage, type TeamScope } from "../../auth/team-scope.ts";
import type { UsersCsvRow } from "./users-csv-read.ts";
import type { UserCsvSource } from "./users-csv-columns.ts";

/**
 * A scoped account's import (decision 023): a row about a user outside its teams, or moving one into
 * a team outside them, is an error on that cell, in the preview and again when it is applied.
 */
export function scopeErrors(row: UsersCsvRow, loginId: string, current: UserCsvSource | undefined, scope: TeamScope): FieldError[] {
  if (scope === null) return [];
  const errors: FieldError[] = [];
  if (current && !inTeamScope(scope, current.team)) errors.push({ field: "loginId", message: outsideScopeMessage(scope, { loginId, team: current.team }) });
  const team = row.cells.team?.trim();
  if (team !== undefined && team !== "" && !inTeamScope(scope, team)) {
    errors.push({ field: "team", message: `Team ${team} is outside your teams; your account is scoped to ${scope.join(", ")}.` });
  }
  return errors;
}

/** The row as previewed, made an error when the scope refuses it. */
export function withScopeErrors(result: ImportPreviewRow, errors: FieldError[]): ImportPreviewRow {
  if (errors.length === 0) return result;
  const { changes: _dropped, ...rest } = result;
  return { ...rest, action: "error", errors: [...errors, ...(result.errors ?? [])] };
}
