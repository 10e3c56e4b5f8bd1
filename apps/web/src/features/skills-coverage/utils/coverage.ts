import { NO_TEAM, SKILL_BANDS, skillBandOf, type SkillBandId, type UserIndexRow } from "@switchboard/contracts";

/** A skill is thin when fewer people than this hold it at the highest band (70–100), across the tenant. */
export const THIN_BELOW = 3;

export type BandCounts = Record<SkillBandId, number>;

/** One column of the map: a team, the people in no team, or everyone (a platform without teams). */
export type CoverageColumn = {
  label: string;
  /** The users list's `team` filter for it (`-`: no team); absent for "All users". */
  team: string | undefined;
  /** People in it, whatever their skills. */
  people: number;
};

export type CoverageCell = { bands: BandCounts; total: number };

export type CoverageRow = {
  skill: string;
  cells: CoverageCell[];
  total: CoverageCell;
  /** Fewer than THIN_BELOW people at the highest band. */
  thin: boolean;
};

export type Coverage = { columns: CoverageColumn[]; rows: CoverageRow[]; people: number };

const emptyBands = (): BandCounts => ({ low: 0, mid: 0, high: 0 });
const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/**
 * Skills × teams from the user index: in each cell the people of that team holding that skill, split
 * by level band (decision 019). `withTeams` false (Genesys) makes one column, "All users". Skills A to Z.
 */
export function computeCoverage(rows: readonly UserIndexRow[], withTeams: boolean): Coverage {
  const teamNames = withTeams ? [...new Set(rows.flatMap((row) => (row.team === null ? [] : [row.team])))].sort(collator.compare) : [];
  const columns: CoverageColumn[] = withTeams
    ? [...teamNames.map((team) => ({ label: team, team, people: 0 })), { label: "No team", team: NO_TEAM, people: 0 }]
    : [{ label: "All users", team: undefined, people: 0 }];
  const columnOf = new Map(teamNames.map((team, position) => [team, position]));
  const noTeam = columns.length - 1;
  const bySkill = new Map<string, CoverageCell[]>();

  for (const row of rows) {
    const column = withTeams && row.team !== null ? (columnOf.get(row.team) ?? noTeam) : noTeam;
    (columns[column] as CoverageColumn).people += 1;
    for (const [skill, level] of Object.entries(row.skills)) {
      let cells = bySkill.get(skill);
      if (!cells) bySkill.set(skill, (cells = columns.map(() => ({ bands: emptyBands(), total: 0 }))));
      const cell = cells[column] as CoverageCell;
      cell.bands[skillBandOf(level)] += 1;
      cell.total += 1;
    }
  }

  const coverageRows = [...bySkill.entries()]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([skill, cells]) => {
      const total: CoverageCell = { bands: emptyBands(), total: 0 };
      for (const cell of cells) {
        for (const band of SKILL_BANDS) total.bands[band.id] += cell.bands[band.id];
        total.total += cell.total;
      }
      return { skill, cells, total, thin: total.bands.high < THIN_BELOW };
    });
  return { columns, rows: coverageRows, people: rows.length };
}

/** What a cell counts: every level, or one band. */
export function countOf(cell: CoverageCell, band: SkillBandId | undefined): number {
  return band ? cell.bands[band] : cell.total;
}

/** Five steps of colour for the count against the largest on the map; the number is always written too. */
export function intensityOf(count: number, largest: number): 0 | 1 | 2 | 3 | 4 | 5 {
  if (count === 0 || largest === 0) return 0;
  return Math.max(1, Math.ceil((count / largest) * 5)) as 1 | 2 | 3 | 4 | 5;
}
