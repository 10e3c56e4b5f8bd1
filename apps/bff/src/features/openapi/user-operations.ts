import {
  BulkEditRequestSchema,
  CreateUserRequestSchema,
  CreateUserResponseSchema,
  EditConflictSchema,
  ImportPreviewSchema,
  ImportQuerySchema,
  JobSchema,
  LockStateSchema,
  ResetPasswordRequestSchema,
  ResetPasswordResponseSchema,
  UpdateUserRequestSchema,
  UserHistoryQuerySchema,
  UserHistorySchema,
  UserIndexQuerySchema,
  UserIndexResponseSchema,
  UserIndexStatusSchema,
  UserSchema,
  UsersExportRequestSchema,
} from "@switchboard/contracts";
import type { OperationSpec, RouteProblem } from "./openapi-spec.ts";

const loginTaken: RouteProblem = { status: 409, description: "The platform already has a user with this login." };

const editConflict: RouteProblem = {
  status: 409,
  description: "Someone changed a field meanwhile: `current` holds the values now; send them as `expected` to overwrite.",
  schema: EditConflictSchema,
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

/** The users and the work over many of them (`/api/users/...`, the lock scan, jobs): one entry per route. */
export const USER_OPERATIONS: Readonly<Record<string, OperationSpec>> = {
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
};
