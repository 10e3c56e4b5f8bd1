import type { Capabilities } from "@switchboard/contracts";
import { isUpstreamError } from "../../errors/upstream-problem.ts";
import { fanOut } from "../../platform/fan-out.ts";
import type { Platform } from "../../platform/platform.ts";
import type { SkillsSeen } from "../skills/skills-seen.ts";
import type { TeamsService } from "../teams/teams-service.ts";
import type { ImportTenant, ImportTenantSource } from "./import-preview.ts";
import type { UserCsvSource } from "./users-csv-columns.ts";

export interface PlatformTenantSourceDeps {
  platform: Pick<Platform, "capabilities" | "getUser" | "apiUserLoginId">;
  teams: Pick<TeamsService, "listTeams">;
  skillsSeen: Pick<SkillsSeen, "names">;
  /** Most user reads in flight at once: the platform client's own bound (BPCC_CONCURRENCY, GWS_CONCURRENCY). */
  concurrency: number;
}

/**
 * The tenant a preview needs, read from the platform: each user the file names (one read per login,
 * through the shared bounded pool; "not found" means no such user, any other failure fails the
 * preview, which must not guess), the teams (cached, where the platform has them) and the skills the
 * BFF has seen. The user index can stand behind `ImportTenantSource` instead, with no other change.
 */
export function createPlatformTenantSource(deps: PlatformTenantSourceDeps): ImportTenantSource {
  const { platform } = deps;
  const capabilities: Capabilities = platform.capabilities;
  return {
    async load(loginIds) {
      const unique = [...new Set(loginIds.map((loginId) => loginId.trim()).filter((loginId) => loginId !== ""))];
      const [outcomes, teams] = await Promise.all([
        fanOut(
          unique,
          async (loginId): Promise<UserCsvSource | undefined> => {
            try {
              return await platform.getUser(loginId);
            } catch (error) {
              if (isUpstreamError(error) && error.kind === "not_found") return undefined;
              throw error;
            }
          },
          { concurrency: deps.concurrency },
        ),
        capabilities.operations.includes("listTeams") ? deps.teams.listTeams() : Promise.resolve(null),
      ]);
      const users = new Map<string, UserCsvSource>();
      for (const [index, outcome] of outcomes.entries()) {
        if (outcome.status === "rejected") throw outcome.reason;
        if (outcome.status === "fulfilled" && outcome.value) users.set(unique[index] ?? "", outcome.value);
      }
      const tenant: ImportTenant = {
        capabilities,
        users,
        teams: teams ? teams.teams.map((team) => team.name) : null,
        // Skills seen, not a catalogue: an unknown name is the platform's to refuse at apply (decision 020).
        skills: { names: deps.skillsSeen.names(), complete: false },
        ...(platform.apiUserLoginId === undefined ? {} : { apiUserLoginId: platform.apiUserLoginId }),
      };
      return tenant;
    },
  };
}
