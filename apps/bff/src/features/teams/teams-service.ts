import type { TeamList } from "@switchboard/contracts";
import { createCachedValue } from "../../cache/cached-value.ts";
import type { Platform } from "../../platform/platform.ts";

export interface TeamsService {
  /** The tenant's teams by name, A to Z whatever the case. */
  listTeams(): Promise<TeamList>;
  /** Call after a change the list may show (teams are read-only here for now). */
  invalidate(): void;
}

const byName = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** Teams change rarely and every supervisor's page asks for them: cached like the directory. */
export function createTeamsService(platform: Platform, options: { ttlMs: number; now?: () => number }): TeamsService {
  const cache = createCachedValue(async (): Promise<TeamList> => {
    const teams = await platform.listTeams();
    return { teams: teams.toSorted((a, b) => byName.compare(a.name, b.name)) };
  }, options);
  return { listTeams: () => cache.get(), invalidate: () => cache.invalidate() };
}
