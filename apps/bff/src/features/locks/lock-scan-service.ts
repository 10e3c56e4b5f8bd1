import type { JobOf, LockScanResult } from "@switchboard/contracts";
import { isUpstreamError } from "../../errors/upstream-problem.ts";
import type { JobRunner } from "../../jobs/job-runner.ts";
import { fanOut } from "../../platform/fan-out.ts";
import type { Platform } from "../../platform/platform.ts";

export interface LockScanService {
  /** Starts a `locks.scan` job over every user of the directory as it is now. */
  startScan(owner: string): Promise<JobOf<"locks.scan">>;
}

export interface LockScanDeps {
  platform: Pick<Platform, "listDirectory" | "getLockState">;
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
  return {
    async startScan(owner) {
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
          return { lockedOut, unreadable, scannedAt: new Date(now()).toISOString() };
        },
      });
    },
  };
}
