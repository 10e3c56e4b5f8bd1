import type { RouteAccess } from "../../src/auth/route-access.ts";
import { createJobFileStore } from "../../src/jobs/job-files.ts";
import { createJobStore } from "../../src/jobs/job-store.ts";
import type { Harness } from "../harness.ts";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** One row per `/api` route. A route a feature adds joins every security test by adding its row here. */
export interface RouteRow {
  method: Method;
  /** As mounted: what `createApp` reports in `routes`. */
  path: string;
  /** A concrete URL to call it with. */
  url: string;
  access: RouteAccess;
  /**
   * A body for state-changing routes. Allowed callers may well get a 400 or 404 for it: what the
   * security tests look at is only whether the call got past the checks, never that it did something.
   */
  body?: Record<string, unknown>;
  /**
   * A browser navigation of single sign-on rather than an API call: it answers a redirect (or 404
   * without an identity provider), and the callback, a GET, signs someone in and is audited
   * (test/sso.test.ts covers both), so the "a read changes nothing" test leaves it out.
   */
  ssoNavigation?: true;
  /**
   * A route about one user: the same call about a user outside a scoped account's teams (eric.chen,
   * Support Team), which such an account is refused with 403 /problems/outside-team-scope (decision 023).
   */
  outsideScope?: { url: string; body?: Record<string, unknown> };
}

/** The team the permission matrix's scoped accounts act on; eric.chen is not in it. */
export const MATRIX_SCOPE = ["Customer Service"];

/** A job started by the admin account, for the rows that read one. */
export const ADMIN_JOB_ID = "job-of-the-admin";

/** A finished users export of the admin account, with its file, for the download row. */
export const ADMIN_EXPORT_JOB_ID = "export-of-the-admin";

export async function seedAdminJob(h: Harness): Promise<void> {
  const jobs = createJobStore(h.db);
  await jobs.create({ id: ADMIN_JOB_ID, kind: "locks.scan", owner: "admin", total: 0, startedAt: new Date() });
  const at = new Date();
  await jobs.create({ id: ADMIN_EXPORT_JOB_ID, kind: "users.export", owner: "admin", total: 0, startedAt: at });
  const result = { rows: 0, requested: 0, columns: ["loginId"], fileName: "switchboard-users.csv", downloadUrl: `/api/jobs/${ADMIN_EXPORT_JOB_ID}/download`, expiresAt: at.toISOString(), unreadable: [] };
  await jobs.finish(ADMIN_EXPORT_JOB_ID, { state: "succeeded", result, done: 0, at });
  await createJobFileStore(h.db).put(ADMIN_EXPORT_JOB_ID, { name: "switchboard-users.csv", contentType: "text/csv; charset=utf-8", content: new TextEncoder().encode("loginId\r\n"), createdAt: at });
}

const permission = (name: Extract<RouteAccess, { kind: "permission" }>["permission"]): RouteAccess => ({ kind: "permission", permission: name });

export const ROUTES: readonly RouteRow[] = [
  { method: "GET", path: "/api/health", url: "/api/health", access: { kind: "public" } },
  { method: "GET", path: "/api/ready", url: "/api/ready", access: { kind: "public" } },
  { method: "POST", path: "/api/session", url: "/api/session", access: { kind: "public" }, body: { username: "nobody", password: "not a password" } },
  { method: "GET", path: "/api/session", url: "/api/session", access: { kind: "signed-in" } },
  { method: "DELETE", path: "/api/session", url: "/api/session", access: { kind: "signed-in" } },
  // Single sign-on (a browser's navigations; without an identity provider the two oidc routes answer 404).
  { method: "GET", path: "/api/auth/methods", url: "/api/auth/methods", access: { kind: "public" } },
  { method: "GET", path: "/api/auth/oidc/login", url: "/api/auth/oidc/login?next=/directory", access: { kind: "public" }, ssoNavigation: true },
  {
    method: "GET",
    path: "/api/auth/oidc/callback",
    url: "/api/auth/oidc/callback?code=not-a-code&state=not-a-state",
    access: { kind: "public" },
    ssoNavigation: true,
  },
  { method: "GET", path: "/api/directory", url: "/api/directory", access: permission("readDirectory") },
  { method: "GET", path: "/api/teams", url: "/api/teams", access: permission("readTeams") },
  { method: "GET", path: "/api/skills", url: "/api/skills", access: permission("editUser") },
  { method: "GET", path: "/api/access-numbers", url: "/api/access-numbers", access: permission("readAccessNumbers") },
  { method: "GET", path: "/api/users", url: "/api/users", access: permission("readUser") },
  { method: "GET", path: "/api/users/index/status", url: "/api/users/index/status", access: permission("readUser") },
  { method: "POST", path: "/api/users/index/refresh", url: "/api/users/index/refresh", access: permission("refreshUserIndex") },
  { method: "GET", path: "/api/users/:loginId", url: "/api/users/eric.chen", access: permission("readUser"), outsideScope: { url: "/api/users/eric.chen" } },
  { method: "GET", path: "/api/users/:loginId/lock", url: "/api/users/eric.chen/lock", access: permission("readUser"), outsideScope: { url: "/api/users/eric.chen/lock" } },
  {
    method: "DELETE",
    path: "/api/users/:loginId/lock",
    url: "/api/users/no.such.user/lock",
    access: permission("unlock"),
    outsideScope: { url: "/api/users/eric.chen/lock" },
  },
  { method: "POST", path: "/api/locks/scan", url: "/api/locks/scan", access: permission("unlock") },
  // The admin's own jobs, which a test seeds with `seedAdminJob` (another caller gets 404 for them).
  { method: "GET", path: "/api/jobs/:id", url: `/api/jobs/${ADMIN_JOB_ID}`, access: { kind: "signed-in" } },
  { method: "GET", path: "/api/jobs/:id/download", url: `/api/jobs/${ADMIN_EXPORT_JOB_ID}/download`, access: { kind: "signed-in" } },
  {
    method: "POST",
    path: "/api/users/:loginId/password",
    url: "/api/users/no.such.user/password",
    access: permission("resetPassword"),
    body: {},
    outsideScope: { url: "/api/users/eric.chen/password", body: {} },
  },
  { method: "POST", path: "/api/users", url: "/api/users", access: permission("createUser"), body: {} },
  {
    method: "PATCH",
    path: "/api/users/:loginId",
    url: "/api/users/no.such.user",
    access: permission("editUser"),
    body: { disabled: true, expected: { disabled: false } },
    outsideScope: { url: "/api/users/eric.chen", body: { disabled: true, expected: { disabled: false } } },
  },
  { method: "DELETE", path: "/api/users/:loginId", url: "/api/users/no.such.user", access: permission("deleteUser") },
  {
    method: "POST",
    path: "/api/users/bulk",
    url: "/api/users/bulk",
    access: permission("editUser"),
    body: { loginIds: ["no.such.user"], change: { disabled: true } },
  },
  { method: "POST", path: "/api/users/export", url: "/api/users/export", access: permission("exportUsers"), body: { loginIds: ["no.such.user"] } },
  { method: "POST", path: "/api/users/import", url: "/api/users/import?mode=preview", access: permission("importUsers"), body: {} },
  {
    method: "GET",
    path: "/api/users/:loginId/history",
    url: "/api/users/eric.chen/history",
    access: permission("readUserHistory"),
    outsideScope: { url: "/api/users/eric.chen/history" },
  },
  { method: "GET", path: "/api/audit", url: "/api/audit", access: permission("readAudit") },
  { method: "GET", path: "/api/accounts", url: "/api/accounts", access: permission("manageAccounts") },
  { method: "POST", path: "/api/accounts", url: "/api/accounts", access: permission("manageAccounts"), body: {} },
  { method: "PATCH", path: "/api/accounts/:username", url: "/api/accounts/no-such-account", access: permission("manageAccounts"), body: {} },
  { method: "DELETE", path: "/api/accounts/:username", url: "/api/accounts/no-such-account", access: permission("manageAccounts") },
  { method: "GET", path: "/api/openapi.json", url: "/api/openapi.json", access: permission("readDirectory") },
];

export const isStateChanging = (row: RouteRow): boolean => row.method !== "GET";
export const routeName = (route: { method: string; path: string }): string => `${route.method} ${route.path}`;
