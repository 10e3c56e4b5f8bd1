import {
  AccessNumberListSchema,
  AccountListSchema,
  AccountSchema,
  AuditPageSchema,
  AuditQuerySchema,
  CreateAccountRequestSchema,
  CreateUserRequestSchema,
  CreateUserResponseSchema,
  DirectoryResponseSchema,
  EditConflictSchema,
  HealthSchema,
  JobSchema,
  BulkEditRequestSchema,
  UsersExportRequestSchema,
  ImportPreviewSchema,
  ImportQuerySchema,
  LockStateSchema,
  ResetPasswordRequestSchema,
  ResetPasswordResponseSchema,
  AuthMethodsSchema,
  SessionSchema,
  SignedOutSchema,
  SignInRequestSchema,
  SkillListSchema,
  TeamListSchema,
  UpdateAccountRequestSchema,
  UpdateUserRequestSchema,
  UserHistoryQuerySchema,
  UserHistorySchema,
  UserIndexQuerySchema,
  UserIndexResponseSchema,
  UserIndexStatusSchema,
  UserSchema,
} from "@switchboard/contracts";
import type { z } from "zod";

/** A failure a route answers besides the ones its access, body and path already imply. */
export interface RouteProblem {
  status: number;
  description: string;
  /** The problem type's own schema, when it carries more than RFC 9457's members. */
  schema?: z.ZodType;
  /** Answered as an HTML page for a person in a browser (single sign-on's refusal), not problem+json. */
  html?: boolean;
}

/**
 * What the route inventory cannot see of a route: what it does, and the contracts it parses and
 * answers. Access, path parameters, security and the common problems come from the inventory.
 */
export interface OperationSpec {
  summary: string;
  description?: string;
  /** The JSON body the route parses. */
  body?: z.ZodType;
  /** The route takes a `text/csv` body (a file) rather than JSON: what the file holds. */
  csvBody?: string;
  /** The route also takes no body at all. */
  bodyOptional?: boolean;
  /** The query string the route parses. */
  query?: z.ZodObject;
  success: { status: 200 | 201 | 202 | 204 | 302; description: string; schema?: z.ZodType; csv?: boolean };
  /** A second successful answer (sign-out: 204, or 200 with where to go next). */
  alsoSuccess?: { status: 200; description: string; schema: z.ZodType };
  /** Calls the contact center, so it may answer 502 or 504 when that fails. */
  upstream?: boolean;
  problems?: RouteProblem[];
}

const wrongCredentials: RouteProblem = { status: 401, description: "Wrong username or password." };
const throttled: RouteProblem = { status: 429, description: "Too many failed sign-ins from this address or for this account; `Retry-After` says when to try again." };
const loginTaken: RouteProblem = { status: 409, description: "The platform already has a user with this login." };
const editConflict: RouteProblem = {
  status: 409,
  description: "Someone changed a field meanwhile: `current` holds the values now; send them as `expected` to overwrite.",
  schema: EditConflictSchema,
};
const accountRefused: RouteProblem = {
  status: 409,
  description:
    "The name is taken, the change is to your own account, it would leave no enabled admin, or it sets the password or teams of an account the identity provider signs in (`/problems/sso-account`).",
};

const outsideScope: RouteProblem = {
  status: 403,
  description:
    "The role lacks the permission (`/problems/forbidden`), or the account is scoped to teams and the user is not in one of them (`/problems/outside-team-scope`, the detail naming the user's team and the scope; decision 023).",
};
const teamOutsideScope: RouteProblem = {
  status: 403,
  description:
    "The role lacks the permission, or (`/problems/outside-team-scope`) the account is scoped to teams and the change would move users into a team outside them; the field error is on `change.team`.",
};

/** One entry per `/api` route, keyed `METHOD path` as the route inventory names it. */
export const OPERATIONS: Readonly<Record<string, OperationSpec>> = {
  "GET /api/health": { summary: "Liveness, and whether the BFF runs in demo mode", success: { status: 200, description: "Alive.", schema: HealthSchema } },
  "GET /api/ready": {
    summary: "Readiness: the store is open and an upstream token can be obtained",
    success: { status: 200, description: 'Ready: `{"status": "ready"}`.' },
    problems: [{ status: 503, description: "The store or the contact center is not reachable yet." }],
  },
  "POST /api/session": {
    summary: "Sign in",
    description: "Sets the session cookie and answers the session with its CSRF token.",
    body: SignInRequestSchema,
    success: { status: 200, description: "Signed in.", schema: SessionSchema },
    problems: [wrongCredentials, throttled],
  },
  "GET /api/session": {
    summary: "Who am I: account, role, permissions, CSRF token and the platform's capabilities",
    success: { status: 200, description: "The live session.", schema: SessionSchema },
  },
  "DELETE /api/session": {
    summary: "Sign out",
    success: { status: 204, description: "Signed out; the cookie is cleared." },
    alsoSuccess: {
      status: 200,
      description:
        "Signed out of a session the identity provider signed in, which offers an end-session endpoint: the cookie is cleared and the browser goes to `endSessionUrl` next, to sign out there too.",
      schema: SignedOutSchema,
    },
  },
  "GET /api/auth/methods": {
    summary: "How the sign-in page may sign a person in: the password form, the identity provider's button; and whether this browser is signed in already",
    success: { status: 200, description: "The ways to sign in.", schema: AuthMethodsSchema },
  },
  "GET /api/auth/oidc/login": {
    summary: "Single sign-on: start (Authorization Code with PKCE, state and nonce)",
    description:
      "A browser navigation, not an API call. `next` is where to go once signed in (a path on this site; anything else is `/`). Sets a short-lived `SameSite=Lax` cookie naming the sign-in under way and redirects to the identity provider, or to `/sign-in?sso=unavailable` when it does not answer.",
    success: { status: 302, description: "To the identity provider's authorization endpoint." },
    problems: [{ status: 404, description: "No identity provider is configured (OIDC_ISSUER)." }],
  },
  "GET /api/auth/oidc/callback": {
    summary: "Single sign-on: the identity provider's return (the redirect URI to register with it)",
    description:
      "Checks state, nonce, issuer, audience, signature, expiry and PKCE, maps the role from the claims (`OIDC_ROLES_CLAIM`, `OIDC_ROLE_MAP`), creates or updates the SSO account, sets the session cookie and redirects to `next`. A return that does not check out, or the provider's own refusal, redirects to `/sign-in?sso=failed`. Audited as `session.sso_sign_in` or `session.sso_refused`.",
    success: { status: 302, description: "Signed in: to `next`; or not: to `/sign-in?sso=failed` (or `unavailable`)." },
    problems: [
      { status: 403, description: "The provider vouched for the person but gives them no role in Switchboard (or the name is taken): an HTML page saying so.", html: true },
      { status: 404, description: "No identity provider is configured (OIDC_ISSUER)." },
    ],
  },
  "GET /api/directory": {
    summary: "The phone directory: every user with extension, DID, voicemail and greeting",
    description: "Served from a short cache with an `ETag`; `If-None-Match` answers 304.",
    success: { status: 200, description: "The directory.", schema: DirectoryResponseSchema },
    upstream: true,
  },
  "GET /api/teams": { summary: "The tenant's teams", success: { status: 200, description: "The teams.", schema: TeamListSchema }, upstream: true },
  "GET /api/skills": {
    summary: "The skills the tenant is known to use: those of every user the BFF has read, created or changed",
    description: "The platform lists no skills; a skill nobody was seen to hold may still be given by name.",
    success: { status: 200, description: "The skills, A to Z.", schema: SkillListSchema },
  },
  "GET /api/access-numbers": {
    summary: "The access numbers and what each is assigned to",
    success: { status: 200, description: "The access numbers.", schema: AccessNumberListSchema },
    upstream: true,
  },
  "GET /api/users": {
    summary: "Every user with team, skills and flags, from the user index, with its age and progress",
    description:
      "Answers at once from the BFF's index of the whole tenant (decision 019), never waiting for a fill: `state` is `filling` (with `done` of `total` read, `percent` of the tenant) while one runs, `stale` when older than an hour or when the list could not be read (`error`). `failed` counts users whose details the last fill could not read. Filters combine: `team` (`-` for no team), `skill` with `minLevel`/`maxLevel`, `q` in names and login. An account scoped to teams (decision 023) gets only its teams' users, and `percent` without `done` and `total`: the tenant's count is not the size of its list.",
    query: UserIndexQuerySchema,
    success: { status: 200, description: "The matching users, A to Z by last name, and the index's status.", schema: UserIndexResponseSchema },
  },
  "GET /api/users/index/status": {
    summary: "The user index's age and progress, without its users: small enough to poll while it fills",
    description: "`done` of `total` users read, and `percent` of the tenant. An account scoped to teams (decision 023) is told `percent` only: the tenant's count is not the size of its list.",
    success: { status: 200, description: "The index's status.", schema: UserIndexStatusSchema },
  },
  "POST /api/users/index/refresh": {
    summary: "Read the whole tenant into the user index again",
    description: "Starts a fill in the background, unless one is under way (then this shares it). On BPCC one read per user, at most the configured concurrency at once. The status answered is as `GET /api/users/index/status` gives it to the caller.",
    success: { status: 202, description: "Filling; `Location` is the status to poll.", schema: UserIndexStatusSchema },
  },
  "GET /api/users/:loginId": {
    summary: "One user: profile, direct number, team, skills, roles, flags and login info",
    description: "`loginInfo` is left out unless the role holds `readLoginInfo`. `did` is the number the directory shows.",
    success: { status: 200, description: "The user.", schema: UserSchema },
    upstream: true,
    problems: [outsideScope],
  },
  "GET /api/users/:loginId/lock": {
    summary: "Whether too many failed sign-ins locked the user out",
    success: { status: 200, description: "The lock state.", schema: LockStateSchema },
    upstream: true,
    problems: [outsideScope],
  },
  "POST /api/locks/scan": {
    summary: "Start a scan for every user who is locked out",
    description:
      "A job (`locks.scan`) that reads every user's lock state, never more at once than the platform's configured concurrency. Poll `Location` for its progress and, once `succeeded`, its result `{lockedOut, unreadable, scannedAt}`.",
    success: { status: 202, description: "Started; `Location` names the job.", schema: JobSchema },
    upstream: true,
  },
  "POST /api/users/bulk": {
    summary: "Start one change to a selection of users: set or remove skills, change the team, disable or enable",
    description:
      "A job (`users.bulk`) that reads each user, skips one the change would not alter (`unchanged`), and writes the others as a single edit would, with the conflict check (decision 007): a user someone changes meanwhile is `failed`, their change kept. Each user written has an audit record of its own. `team` and `disabled` only where the platform's `editableUserFields` list them (else 400 on the field).",
    body: BulkEditRequestSchema,
    success: { status: 202, description: "Started; `Location` names the job, whose result is one outcome per user.", schema: JobSchema },
    problems: [teamOutsideScope],
  },
  "POST /api/users/export": {
    summary: "Start a CSV export of the users: all, those matching the list's filter, or a selection",
    description:
      "A job (`users.export`) that reads each user's details, never more at once than the platform's configured concurrency, and writes the users CSV: the platform's columns in the import's order, UTF-8 with a BOM, CRLF, every cell that could start a formula neutralized (decision 020). No body or `{}` exports everyone; `filter.q` matches as the users list's search does, `filter.team` / `filter.skill` narrow by the details read; `loginIds` names a selection (not with `filter`). The result says how many rows the file holds out of how many were asked for, lists every user who could not be read, and gives `downloadUrl`.",
    body: UsersExportRequestSchema,
    bodyOptional: true,
    success: { status: 202, description: "Started; `Location` names the job.", schema: JobSchema },
    upstream: true,
  },
  "GET /api/jobs/:id/download": {
    summary: "Download the file a job made (a users export)",
    description:
      "`text/csv; charset=utf-8` as an attachment named `switchboard-users-<date>.csv`. Only the account that started the job and admins; anyone else gets 404. Kept for 24 hours.",
    success: { status: 200, description: "The file.", csv: true },
    problems: [
      { status: 404, description: "No such job, not one of yours, or a job that made no file." },
      { status: 409, description: "The job is still running." },
      { status: 410, description: "The file is past its 24 hours and no longer kept." },
    ],
  },
  "GET /api/jobs/:id": {
    summary: "A job: its state, progress and, once finished, its result",
    description:
      "Only the account that started the job and admins see it; anyone else gets 404. A job the server stopped in the middle of is `interrupted`; the audit trail says which rows it had done.",
    success: { status: 200, description: "The job as it is now.", schema: JobSchema },
  },
  "DELETE /api/users/:loginId/lock": {
    summary: "Unlock a user",
    success: { status: 200, description: "The lock state now.", schema: LockStateSchema },
    upstream: true,
    problems: [outsideScope],
  },
  "POST /api/users/:loginId/password": {
    summary: "Reset to a temporary password, which must be changed at the next sign-in",
    description: "Without `password` one is generated and answered this once.",
    body: ResetPasswordRequestSchema,
    bodyOptional: true,
    success: { status: 200, description: "Reset.", schema: ResetPasswordResponseSchema },
    upstream: true,
    problems: [outsideScope],
  },
  "POST /api/users": {
    summary: "Create a user, with the platform's attribute names",
    description: "Without `password` one is generated and answered this once.",
    body: CreateUserRequestSchema,
    success: { status: 201, description: "Created; `Location` names the new user.", schema: CreateUserResponseSchema },
    upstream: true,
    problems: [loginTaken],
  },
  "PATCH /api/users/:loginId": {
    summary: "Change any of skills (the whole set), team, disabled, changePassword",
    description:
      "`expected` holds the value the editor saw of each field it changes. Disabling the user Switchboard itself signs in to the contact center as is refused 409 `/problems/api-user`.",
    body: UpdateUserRequestSchema,
    success: { status: 200, description: "The user after the change.", schema: UserSchema },
    upstream: true,
    problems: [outsideScope, editConflict],
  },
  "DELETE /api/users/:loginId": {
    summary: "Delete a user",
    success: { status: 204, description: "Deleted." },
    upstream: true,
    problems: [{ status: 409, description: "The user Switchboard itself signs in to the contact center as (`/problems/api-user`): deleting it would lock Switchboard out." }],
  },
  "GET /api/users/:loginId/history": {
    summary: "What was done or tried through Switchboard to the user who holds this login now, newest first",
    description: "Leaves out creates that did not succeed, and starts at the login's latest successful create (decision 013).",
    query: UserHistoryQuerySchema,
    success: { status: 200, description: "A page of the user's history.", schema: UserHistorySchema },
    problems: [outsideScope],
  },
  "POST /api/users/import": {
    summary: "Preview a users CSV (what each row would do, and every error on its row and column), or apply it as a job",
    description:
      "`mode=preview` answers the dry run (200) and writes nothing upstream; it reads each user the file names. `mode=apply` previews the same file again on the server and, with no error in any row, answers **202** with `Location: /api/jobs/<id>` and a `users.import` job whose result is one `{row, loginId, outcome: created|updated|deleted|unchanged|failed, problem?}` per row, plus `needPassword` (the users created with a generated password nobody was shown); rows already as the file wants them are `unchanged` and cost no write, so the same file applied again after a partial failure writes only what is left. Each row written has an audit record of its own (`user.create`, `user.update`, `user.delete`). Creates and deletes in the file are errors unless the role holds `createUser` / `deleteUser`; a roles change unless it holds `editUserRoles` (decision 020).",
    query: ImportQuerySchema,
    csvBody:
      "UTF-8 (a BOM or none), comma or semicolon, RFC 4180 quoting. A header row of known columns in any order: loginId (required), firstName, lastName, team, extension, email, workPhone, mobilePhone, disabled, changePassword, roles (`A;B`), skills (`Name:level;Other:level`), action (empty or `delete`). At most 1,000 data rows.",
    success: { status: 200, description: "The preview, row by row, with counts.", schema: ImportPreviewSchema },
    upstream: true,
    problems: [
      { status: 413, description: "More than 1,000 data rows, or a file over 2 MB; `detail` names the limit." },
      { status: 415, description: "The body is not `text/csv`." },
      { status: 400, description: "`mode=apply` with an error in any row: nothing applied; `errors` name `row N.<column>`, `preview` holds the preview as `mode=preview` answers it." },
    ],
  },
  "GET /api/audit": {
    summary: "The audit trail, newest first, paged",
    description: "With `Accept: text/csv` the whole filtered trail as a CSV download.",
    query: AuditQuerySchema,
    success: { status: 200, description: "A page of the trail, or all of it as CSV.", schema: AuditPageSchema, csv: true },
  },
  "GET /api/accounts": { summary: "Dashboard accounts, by name", success: { status: 200, description: "The accounts.", schema: AccountListSchema } },
  "POST /api/accounts": {
    summary: "Create a dashboard account",
    body: CreateAccountRequestSchema,
    success: { status: 201, description: "Created.", schema: AccountSchema },
    problems: [accountRefused],
  },
  "PATCH /api/accounts/:username": {
    summary: "Change an account's role, disabled flag, password or teams",
    description:
      "`teams` scopes a supervisor, helpdesk or viewer account to these teams (`null`: the whole tenant again; decision 023). Refused (400 on `teams`) for an admin and on a platform without teams; 409 for an account the identity provider signs in, whose teams come from `OIDC_TEAMS_CLAIM`.",
    body: UpdateAccountRequestSchema,
    success: { status: 200, description: "The account after the change.", schema: AccountSchema },
    problems: [accountRefused],
  },
  "DELETE /api/accounts/:username": { summary: "Remove a dashboard account", success: { status: 204, description: "Removed." }, problems: [accountRefused] },
  "GET /api/openapi.json": {
    summary: "This document: the API as OpenAPI 3.1, generated from the zod contracts",
    description: "Has an `ETag`; `If-None-Match` answers 304.",
    success: { status: 200, description: "The OpenAPI document." },
  },
};
