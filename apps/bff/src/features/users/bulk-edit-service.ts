import {
  editableValuesOf,
  sameFieldValue,
  type BulkChange,
  type BulkEditOutcome,
  type BulkEditRequest,
  type Capabilities,
  type EditableUserField,
  type EditableUserValues,
  type JobOf,
  type UpdateUserRequest,
} from "@switchboard/contracts";
import type { AuditStore } from "../../audit/audit-store.ts";
import { AppError } from "../../errors/app-error.ts";
import { callAboutUser } from "../../errors/upstream-problem.ts";
import { auditedRow, problemOfRow, type JobActor } from "../../jobs/audited-row.ts";
import type { JobRunner } from "../../jobs/job-runner.ts";
import { fanOut } from "../../platform/fan-out.ts";
import type { Platform } from "../../platform/platform.ts";
import type { UsersService } from "./users-service.ts";
import { refuseTeamOutsideScope, refuseUserOutsideScope } from "../../auth/team-scope.ts";

export interface BulkEditService {
  /** Checks the change against the platform (400), then starts a `users.bulk` job. */
  startBulkEdit(request: BulkEditRequest, actor: JobActor): Promise<JobOf<"users.bulk">>;
}

export interface BulkEditDeps {
  platform: Pick<Platform, "getUser" | "capabilities">;
  /** The single edit: its conflict check, its read-back after a lost answer, whatever follows a change. */
  updateUser: UsersService["updateUser"];
  audit: AuditStore;
  jobs: JobRunner;
  /** The most users worked on at once: the platform's configured concurrency. */
  concurrency: number;
}

/** Which user field each part of a bulk change writes. */
const FIELD_OF: Record<keyof BulkChange, EditableUserField> = {
  setSkills: "skills",
  removeSkills: "skills",
  team: "team",
  disabled: "disabled",
};

/** A part of the change this platform cannot make (team and disabled on Genesys): 400 on it, before any call. */
function refuseWhatThePlatformCannotChange(change: BulkChange, capabilities: Capabilities): void {
  const fixed = (Object.keys(FIELD_OF) as (keyof BulkChange)[]).filter(
    (part) => change[part] !== undefined && !capabilities.editableUserFields.includes(FIELD_OF[part]),
  );
  if (fixed.length === 0) return;
  throw AppError.invalid(
    fixed.map((part) => ({
      field: `change.${part}`,
      message: `This contact center (${capabilities.platform}) does not let ${FIELD_OF[part]} change after the user is created.`,
    })),
  );
}

type Wanted = Pick<UpdateUserRequest, "skills" | "team" | "disabled">;
const BULK_FIELDS = ["skills", "team", "disabled"] as const;

/** The values the change wants for this user: skills merged into the user's own, the rest as given. */
function wantedOf(change: BulkChange, current: EditableUserValues): Wanted {
  const wanted: Wanted = {};
  if (change.setSkills || change.removeSkills) {
    const skills = { ...current.skills, ...change.setSkills };
    for (const name of change.removeSkills ?? []) delete skills[name];
    wanted.skills = skills;
  }
  if (change.team !== undefined) wanted.team = change.team;
  if (change.disabled !== undefined) wanted.disabled = change.disabled;
  return wanted;
}

/** The single edit's request for what differs, with what was read as `expected`; undefined when nothing does. */
function editOf(wanted: Wanted, current: EditableUserValues): UpdateUserRequest | undefined {
  const differing = BULK_FIELDS.filter((field) => wanted[field] !== undefined && !sameFieldValue(field, wanted[field], current[field]));
  if (differing.length === 0) return undefined;
  const request: UpdateUserRequest = { expected: {} };
  for (const field of differing) {
    Object.assign(request, { [field]: wanted[field] });
    Object.assign(request.expected, { [field]: current[field] });
  }
  return request;
}

const CONFLICT = "Someone else changed this user while the bulk edit ran; their change was kept.";

/**
 * A bulk edit (`POST /api/users/bulk`): for each user, at most `concurrency` at once, read the user,
 * work out what the change means for them, skip them as `unchanged` when nothing differs (no write,
 * no audit record), else write through the single edit with what was read as `expected`, so that a
 * change someone makes between the read and the write is a conflict, not overwritten. Each write is
 * audited on its own (`user.update`, before → after, request `job:<id>`).
 */
export function createBulkEditService(deps: BulkEditDeps): BulkEditService {
  async function editOne(loginId: string, change: BulkChange, jobId: string, actor: JobActor): Promise<BulkEditOutcome> {
    try {
      const user = await callAboutUser(loginId, () => deps.platform.getUser(loginId));
      // A user outside the starter's teams fails, even when nothing would change (decision 023).
      refuseUserOutsideScope(actor.teams, user);
      const current = editableValuesOf(user);
      const request = editOf(wantedOf(change, current), current);
      if (!request) return { loginId, outcome: "unchanged" };
      await auditedRow(deps.audit, { jobId, actor, action: "user.update", target: loginId }, async () => {
        const { changes } = await deps.updateUser(loginId, request, actor.teams);
        return { value: undefined, changes };
      });
      return { loginId, outcome: "updated" };
    } catch (error) {
      return { loginId, outcome: "failed", problem: problemOfRow(error, CONFLICT) };
    }
  }

  return {
    async startBulkEdit({ loginIds, change }, actor) {
      refuseWhatThePlatformCannotChange(change, deps.platform.capabilities);
      // Moving everyone into a team outside the scope is refused whole, before the job starts.
      refuseTeamOutsideScope(actor.teams, change.team, "change.team");
      return deps.jobs.start({
        kind: "users.bulk",
        owner: actor.username,
        total: loginIds.length,
        async work({ jobId, progress, signal }) {
          const outcomes = await fanOut(loginIds, (loginId) => editOne(loginId, change, jobId, actor), {
            concurrency: deps.concurrency,
            signal,
            onSettled: progress,
          });
          // editOne never throws: each user's failure is its outcome.
          return { outcomes: outcomes.map((outcome, index) => (outcome.status === "fulfilled" ? outcome.value : { loginId: loginIds[index] ?? "", outcome: "failed" as const })) };
        },
      });
    },
  };
}
