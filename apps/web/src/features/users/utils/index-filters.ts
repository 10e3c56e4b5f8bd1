import { matchesUserIndexQuery, SKILL_BANDS, SkillBandIdSchema, type DirectoryEntry, type SkillBandId, type UserIndexQuery, type UserIndexRow } from "@switchboard/contracts";

/** The users list's filters from the user index, as the address has them (`?team=&skill=&band=`). */
export type IndexFilters = { team?: string | undefined; skill?: string | undefined; band?: SkillBandId | undefined };

/** A user of the list: the directory's entry with, once the index has them, team and skills. */
export type UsersListEntry = DirectoryEntry & { team?: string | null; skills?: Readonly<Record<string, number>> };

/** The filters an address asks for; an unknown band is ignored, never an error. */
export function parseIndexFilters(params: URLSearchParams): IndexFilters {
  const band = SkillBandIdSchema.safeParse(params.get("band"));
  return {
    team: params.get("team") || undefined,
    skill: params.get("skill") || undefined,
    band: band.success ? band.data : undefined,
  };
}

export function hasIndexFilters(filters: IndexFilters): boolean {
  return filters.team !== undefined || filters.skill !== undefined;
}

/** The filters as the BFF's query (the same rule both sides apply): a band bounds the chosen skill's level. */
export function toIndexQuery(filters: IndexFilters): Partial<UserIndexQuery> {
  const band = filters.skill ? SKILL_BANDS.find((candidate) => candidate.id === filters.band) : undefined;
  return { team: filters.team, skill: filters.skill, minLevel: band?.min, maxLevel: band?.max };
}

/**
 * The directory's users with their team and skills from the index; with a filter, only those the
 * index has and the filter keeps (a user the index has not read yet cannot be said to match).
 */
export function joinIndex(entries: readonly DirectoryEntry[], rows: readonly UserIndexRow[] | undefined, filters: IndexFilters): UsersListEntry[] {
  const byLogin = new Map((rows ?? []).map((row) => [row.loginId, row]));
  const query = toIndexQuery(filters);
  const filtering = hasIndexFilters(filters);
  const joined: UsersListEntry[] = [];
  for (const entry of entries) {
    const row = byLogin.get(entry.loginId);
    if (filtering && (!row || !matchesUserIndexQuery(row, query))) continue;
    joined.push(row ? { ...entry, team: row.team, skills: row.skills } : entry);
  }
  return joined;
}

/** The teams and skills the index knows, A to Z, for the filters' choices. */
export function choicesOf(rows: readonly UserIndexRow[] | undefined): { teams: string[]; skills: string[]; someWithoutTeam: boolean } {
  const teams = new Set<string>();
  const skills = new Set<string>();
  let someWithoutTeam = false;
  for (const row of rows ?? []) {
    if (row.team === null) someWithoutTeam = true;
    else teams.add(row.team);
    for (const name of Object.keys(row.skills)) skills.add(name);
  }
  const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
  return { teams: [...teams].sort(collator.compare), skills: [...skills].sort(collator.compare), someWithoutTeam };
}
