import { inTeamScope, type JobOf, type LockScanResult } from "@switchboard/contracts";
import { isUpstreamError } from "../../errors/upstream-problem.ts";
import type { JobRunner } from "../../jobs/job-runner.ts";
import { fanOut } from "../../platform/fan-out.ts";
import type { Platform } from "../../platform/platform.ts";
import type { TeamScope } from "../../auth/team-scope.ts";

export interface LockScanService {
  /** Starts a `locks.scan` job over every user of the directory as it is now (of the starter's teams, when scoped). */
  startScan(starter: { username: string; teams: TeamScope }): Promise<JobOf<"locks.scan">>;
}

export interface LockScanDeps {
  platform: Pick<Platform, "listDirectory" | "getLockState" | "getUser">;
  jobs: JobRunner;
  /** The most lock states read at once: the platform's configured concurrency. */
  concurrency: number;
  now?: () => number;
}

/**
 * "Locked right now": the platform has no "who is locked" call, so the scan asks each user's lock
 * state, never more than `concurrency` at once. A user deleted since the directory was read is left
 * out; one whose state cannot be read is listed as unreadable instead of failing the whole scan.
 */
export function createLockScanService(deps: LockScanDeps): LockScanService {
  const now = deps.now ?? Date.now;

  /** Each user's place: of the scope's teams, outside them, or unknown (the user could not be read). */
  async function placesOf(loginIds: string[], scope: TeamScope): Promise<Map<string, "in" | "out" | "unknown">> {
    const reads = await fanOut(loginIds, (loginId) => deps.platform.getUser(loginId), { concurrency: deps.concurrency });
    return new Map(
      loginIds.map((loginId, index) => {
        const read = reads[index];
        return [loginId, read?.status !== "fulfilled" ? "unknown" : inTeamScope(scope, read.value.team) ? "in" : "out"];
      }),
    );
  }
  return {
    async startScan({ username: owner, teams: scope }) {
      // Read within the request, so that a directory that cannot be read answers the POST's own error.
      const loginIds = (await deps.platform.listDirectory()).map((entry) => entry.loginId);
      return deps.jobs.start({
        kind: "locks.scan",
        owner,
        total: loginIds.length,
        async work({ progress, signal }): Promise<LockScanResult> {
          const outcomes = await fanOut(loginIds, (loginId) => deps.platform.getLockState(loginId), {
            concurrency: deps.concurrency,
            signal,
            onSettled: progress,
          });
          const lockedOut: string[] = [];
          const unreadable: string[] = [];
          outcomes.forEach((outcome, index) => {
            const loginId = loginIds[index] ?? "";
            if (outcome.status === "fulfilled") {
              if (outcome.value.lockedOut) lockedOut.push(loginId);
            } else if (!(outcome.status === "rejected" && isUpstreamError(outcome.reason) && outcome.reason.kind === "not_found")) {
              unreadable.push(loginId);
            }
          });
          const scannedAt = new Date(now()).toISOString();
          if (scope === null) return { lockedOut, unreadable, scannedAt };
          // Scoped (decision 023): the directory has no teams, so the few users found locked or unreadable
          // are read for theirs, and only those of the scope are answered.
          // A locked user whose team cannot be read is not shown locked (fails closed); it is listed unreadable.
          const places = await placesOf([...lockedOut, ...unreadable], scope);
          return {
            lockedOut: lockedOut.filter((id) => places.get(id) === "in"),
            unreadable: [...lockedOut.filter((id) => places.get(id) === "unknown"), ...unreadable.filter((id) => places.get(id) !== "out")],
            scannedAt,
          };
        },
      });
    },
  };
}
