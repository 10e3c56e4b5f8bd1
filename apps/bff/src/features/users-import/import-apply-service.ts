import { roleCan, type ImportApplyRow, type ImportPreviewRow, type JobOf } from "@switchboard/contracts";
import type { AuditStore } from "../../audit/audit-store.ts";
import { AppError } from "../../errors/app-error.ts";
import { auditedRow, problemOfRow, type JobActor } from "../../jobs/audited-row.ts";
import type { JobRunner } from "../../jobs/job-runner.ts";
import { fanOut } from "../../platform/fan-out.ts";
import type { UsersService } from "../users/users-service.ts";
import { planApply, type ImportWrite } from "./import-plan.ts";
import { previewImport, type ImportTenantSource } from "./import-preview.ts";
import { readUsersCsv } from "./users-csv-read.ts";

export interface ImportApplyService {
  /**
   * Reads the file, previews it again against the tenant as it is now (never the client's preview),
   * refuses it (400, with the preview) while any row has an error, else starts a `users.import` job.
   */
  startApply(csv: Uint8Array, actor: JobActor): Promise<JobOf<"users.import">>;
}

export interface ImportApplyDeps {
  tenant: ImportTenantSource;
  /** The single create, update and delete: their checks, conflict check and read-back after a lost answer. */
  users: Pick<UsersService, "createUser" | "updateUser" | "deleteUser">;
  audit: AuditStore;
  jobs: JobRunner;
  /** The most rows written at once: the platform's configured concurrency. */
  concurrency: number;
}

const CONFLICT = "Someone else changed this user after the file was previewed; their change was kept. Preview the file again.";

/** The role check of the single routes, made again for each row (the preview already made it). */
function refuseWhatTheRoleMayNotDo(write: ImportWrite, actor: JobActor): void {
  if (write.kind === "create" && !roleCan(actor.role, "createUser")) throw AppError.forbidden("Only an admin can create users.");
  if (write.kind === "delete" && !roleCan(actor.role, "deleteUser")) throw AppError.forbidden("Only an admin can delete users.");
  if (write.kind === "update" && (!roleCan(actor.role, "editUser") || (write.change.roles !== undefined && !roleCan(actor.role, "editUserRoles")))) {
    throw AppError.forbidden("Your role may not make this change.");
  }
}

/**
 * Applying a users CSV (`POST /api/users/import?mode=apply`, docs/decisions/020). The file is
 * previewed again here, with a delete of a user already gone counting as `unchanged`, so a file
 * applied again after a partial failure writes only what is left. Each write goes through the single
 * route's service (create with its read-back, update with the previewed values as `expected`, delete
 * with its read-back), at most `concurrency` at once, each audited on its own (`user.create`,
 * `user.update`, `user.delete`, request `job:<id>`). A created user's generated password is dropped:
 * the result names them in `needPassword` instead, for the helpdesk's reset.
 */
export function createImportApplyService(deps: ImportApplyDeps): ImportApplyService {
  async function write(item: ImportWrite, jobId: string, actor: JobActor): Promise<ImportApplyRow> {
    const { row, loginId } = item;
    const action = item.kind === "create" ? "user.create" : item.kind === "update" ? "user.update" : "user.delete";
    try {
      await auditedRow(deps.audit, { jobId, actor, action, target: loginId }, async () => {
        refuseWhatTheRoleMayNotDo(item, actor);
        if (item.kind === "create") {
          // The response holds the temporary password, if one was generated: it goes no further.
          const { changes } = await deps.users.createUser(item.user);
          return { value: undefined, changes };
        }
        if (item.kind === "update") {
          const { changes } = await deps.users.updateUser(loginId, { ...item.change, expected: item.expected }, actor.teams);
          return { value: undefined, changes };
        }
        const { changes } = await deps.users.deleteUser(loginId);
        return { value: undefined, changes };
      });
      return { row, loginId, outcome: item.kind === "create" ? "created" : item.kind === "update" ? "updated" : "deleted" };
    } catch (error) {
      return { row, loginId, outcome: "failed", problem: problemOfRow(error, CONFLICT) };
    }
  }

  return {
    async startApply(csv, actor) {
      const { rows } = readUsersCsv(csv);
      const tenant = await deps.tenant.load(rows.map((row) => row.cells.loginId ?? ""));
      const preview = previewImport(rows, tenant, actor.role, { deleteOfMissingUser: "unchanged", scope: actor.teams });
      const writes = planApply(preview);
      const byRow = new Map(writes.map((item) => [item.row, item]));
      return deps.jobs.start({
        kind: "users.import",
        owner: actor.username,
        total: preview.rows.length,
        async work({ jobId, progress, signal }) {
          let settled = preview.rows.length - writes.length;
          progress(settled);
          const written = await fanOut(writes, (item) => write(item, jobId, actor), {
            concurrency: deps.concurrency,
            signal,
            onSettled: () => progress(++settled),
          });
          const outcomes = new Map<number, ImportApplyRow>();
          for (const [index, outcome] of written.entries()) {
            const item = writes[index];
            if (!item) continue;
            // write() never throws: each row's failure is its outcome.
            outcomes.set(item.row, outcome.status === "fulfilled" ? outcome.value : { row: item.row, loginId: item.loginId, outcome: "failed" });
          }
          const result = preview.rows.map((row: ImportPreviewRow): ImportApplyRow => outcomes.get(row.row) ?? { row: row.row, loginId: row.loginId, outcome: "unchanged" });
          return {
            rows: result,
            needPassword: result.filter((row) => row.outcome === "created" && !hasPassword(byRow.get(row.row))).map((row) => row.loginId),
          };
        },
      });
    },
  };
}

/** A create that carried its own password (the CSV has no such column today: none does). */
function hasPassword(item: ImportWrite | undefined): boolean {
  return item?.kind === "create" && item.user.password !== undefined;
}
