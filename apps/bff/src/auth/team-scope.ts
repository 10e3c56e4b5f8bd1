import { inTeamScope, type Capabilities, type Role } from "@switchboard/contracts";
import { AppError } from "../errors/app-error.ts";
import { callAboutUser } from "../errors/upstream-problem.ts";
import type { Platform } from "../platform/platform.ts";

/**
 * The teams an account acts on (decision 023): null is the whole tenant. Supervisors, helpdesk and
 * viewers may be scoped; an admin never is (it manages the accounts, and so the scopes themselves).
 */
export type TeamScope = readonly string[] | null;

export const OUTSIDE_TEAM_SCOPE_TYPE = "/problems/outside-team-scope";

/** The scope an account's role and stored teams give it. */
export function teamScopeOf(role: Role, teams: readonly string[] | null): TeamScope {
  return role === "admin" ? null : teams;
}

function scopeWords(scope: readonly string[]): string {
  return scope.length === 0 ? "no team" : scope.join(", ");
}

function outsideScope(detail: string, scope: readonly string[], errors?: { field: string; message: string }[]): AppError {
  return new AppError({
    status: 403,
    title: "Outside your teams",
    type: OUTSIDE_TEAM_SCOPE_TYPE,
    detail,
    ...(errors ? { errors } : {}),
    extensions: { scope: [...scope] },
  });
}

/** 403 naming the user's team and the scope, when the user is outside it. */
export function refuseUserOutsideScope(scope: TeamScope, user: { loginId: string; team: string | null }): void {
  if (scope === null || inTeamScope(scope, user.team)) return;
  throw outsideScope(outsideScopeMessage(scope, user), scope);
}

/** 403 on `field` when a change would move a user into a team outside the scope. */
export function refuseTeamOutsideScope(scope: TeamScope, team: string | null | undefined, field = "team"): void {
  if (team === undefined || scope === null || inTeamScope(scope, team)) return;
  const message = `${team === null ? "No team" : `Team ${team}`} is outside your teams; your account is scoped to ${scopeWords(scope)}.`;
  throw outsideScope(message, scope, [{ field, message }]);
}

/** The words of the refusal for a user outside the scope, for a job's row or an import's cell. */
export function outsideScopeMessage(scope: readonly string[], user: { loginId: string; team: string | null }): string {
  const where = user.team === null ? "is in no team" : `is in team ${user.team}`;
  return `${user.loginId} ${where}; your account is scoped to ${scopeWords(scope)}.`;
}

/**
 * Checks that a user is within the scope, reading the user's team only for a scoped account (an
 * unscoped one pays no extra call): for the actions that do not read the user anyway (unlock,
 * reset, lock state, history).
 */
export async function ensureUserInScope(scope: TeamScope, loginId: string, readTeam: (loginId: string) => Promise<string | null>): Promise<void> {
  if (scope === null) return;
  refuseUserOutsideScope(scope, { loginId, team: await readTeam(loginId) });
}

/** Whether the platform has teams to scope an account to (Genesys has none: no `listTeams`). */
export function teamsOfPlatform(capabilities: Pick<Capabilities, "platform" | "operations">): { platform: string; supported: boolean } {
  return { platform: capabilities.platform, supported: capabilities.operations.includes("listTeams") };
}

/** The user's team as the platform says now (never a cached copy: a scope decides on the current team). */
export function readTeamFrom(platform: Pick<Platform, "getUser">): (loginId: string) => Promise<string | null> {
  return async (loginId) => (await callAboutUser(loginId, () => platform.getUser(loginId))).team;
}
