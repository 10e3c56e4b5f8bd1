import { inTeamScope, type Capabilities, type JobOf, type UsersExportRequest, type UsersExportResult } from "@switchboard/contracts";
import { AppError } from "../../errors/app-error.ts";
import type { JobRunner } from "../../jobs/job-runner.ts";
import type { JobFileStore } from "../../jobs/job-files.ts";
import type { Platform } from "../../platform/platform.ts";
import { outsideScopeMessage, type TeamScope } from "../../auth/team-scope.ts";
import { userCsvColumnsFor } from "../users-import/users-csv-columns.ts";
import type { UserDetailsSource } from "./user-details-source.ts";
import { writeUsersCsvFile } from "./users-export-csv.ts";
import { matchesDetails, matchesQuery } from "./users-filter.ts";

export interface UsersExportService {
  /**
   * Starts a `users.export` job over every user, the filter's, or the logins named; for a scoped
   * starter only users of its teams (decision 023): everyone and a filter narrowed to them, a named
   * user outside them listed in `unreadable` with the refusal.
   */
  startExport(request: UsersExportRequest, starter: { username: string; teams: TeamScope }): Promise<JobOf<"users.export">>;
}

export interface UsersExportDeps {
  platform: Pick<Platform, "listDirectory"> & { readonly capabilities: Capabilities };
  details: UserDetailsSource;
  jobs: JobRunner;
  files: JobFileStore;
  now?: () => number;
}

/** `switchboard-users-2026-12-07.csv`: the day the export ran, UTC. */
export function exportFileName(at: Date): string {
  return `switchboard-users-${at.toISOString().slice(0, 10)}.csv`;
}

/** Each login once (a login is compared without case, as Genesys does), in the order given. */
function unique(loginIds: readonly string[]): string[] {
  const seen = new Set<string>();
  return loginIds.filter((loginId) => {
    const key = loginId.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The users CSV export (issue 14, decision 020 "Export"): the logins come from the directory (all,
 * or those the list's search matches) or from the request; each user's details are read through
 * `details` as a job, narrowed by the filter's team and skill, written as the platform's columns and
 * kept with the job as a file. A user whose details cannot be read is listed in the result.
 */
export function createUsersExportService(deps: UsersExportDeps): UsersExportService {
  const now = deps.now ?? Date.now;
  return {
    async startExport(request, { username: owner, teams: scope }) {
      // Read within the request, so that a directory that cannot be read answers the POST's own error.
      const loginIds = request.loginIds
        ? unique(request.loginIds)
        : (await deps.platform.listDirectory()).filter((entry) => matchesQuery(entry, request.filter?.q)).map((entry) => entry.loginId);
      return deps.jobs.start({
        kind: "users.export",
        owner,
        total: loginIds.length,
        async work({ jobId, progress, signal }): Promise<UsersExportResult> {
          const { users: read, unreadable } = await deps.details.list(loginIds, progress, signal);
          // Stopped part-way: no file of some of the users (the runner records the job interrupted).
          signal.throwIfAborted();
          const users = read.filter((user) => inTeamScope(scope, user.team));
          if (scope !== null && request.loginIds) {
            for (const user of read) if (!inTeamScope(scope, user.team)) unreadable.push({ loginId: user.loginId, problem: outsideScopeMessage(scope, user) });
          }
          // Not one user read: the platform is down, not a few users; a file of nobody would say otherwise.
          if (read.length === 0 && unreadable.length > 0) {
            throw new AppError({ status: 502, title: "Export failed", detail: `None of the ${unreadable.length} users could be read: ${unreadable[0]?.problem ?? ""}` });
          }
          // Sorted by login, so that two exports compare line by line.
          const rows = users.filter((user) => matchesDetails(user, request.filter)).sort((a, b) => (a.loginId < b.loginId ? -1 : a.loginId > b.loginId ? 1 : 0));
          const createdAt = new Date(now());
          const fileName = exportFileName(createdAt);
          const content = await writeUsersCsvFile(rows, deps.platform.capabilities);
          await deps.files.put(jobId, { name: fileName, contentType: "text/csv; charset=utf-8", content, createdAt });
          return {
            rows: rows.length,
            requested: loginIds.length,
            columns: userCsvColumnsFor(deps.platform.capabilities),
            fileName,
            downloadUrl: `/api/jobs/${encodeURIComponent(jobId)}/download`,
            expiresAt: deps.files.expiresAt(createdAt).toISOString(),
            unreadable,
          };
        },
      });
    },
  };
}
