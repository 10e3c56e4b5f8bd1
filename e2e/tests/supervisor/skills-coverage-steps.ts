import { expect, type Locator, type Page } from "@playwright/test";
import { paths } from "../../../apps/web/src/config/paths.ts";
import { assertNoSeriousA11yViolations } from "../support/accessibility.ts";

/** A count of the coverage map, as its link names it; no team on a platform without teams (one "All users" column). */
export type CoverageCell = { count: number; skill: string; team: string | undefined };

function coverageTable(page: Page): Locator {
  return page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Skill" }) });
}

export async function clickSkillsInNavigation(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Skills" }).click();
}

/** The page with its map (the index is filled at the BFF's start; 500 demo users take a moment). */
export async function assertOnSkillsCoverage(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "Skills coverage" })).toBeVisible();
  await expect(coverageTable(page)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("region", { name: /skills|Every skill/ }).first()).toBeVisible();
  await assertNoSeriousA11yViolations(page);
}

export async function chooseCountAt(page: Page, level: "Level 70–100" | "Every level"): Promise<void> {
  await page.getByRole("combobox", { name: "Count people at" }).selectOption({ label: level });
}

/** The link's text: the count, then (for screen readers) what it counts, then the split by band. */
const CELL_NAME = /^([\d,]+) (?:people|person) with (.+) at (?:any level|level [\d–]+) in (.+?)(?: \(.*\))?: list them/;

/**
 * The first count above zero in a team's column (not No team, not the totals), or in "All users" on
 * a platform without teams; clicks it.
 */
export async function clickFirstTeamCount(page: Page): Promise<CoverageCell> {
  const links = coverageTable(page).getByRole("link");
  for (const link of await links.all()) {
    const name = (await link.textContent()) ?? "";
    const match = CELL_NAME.exec(name);
    if (!match) continue;
    const [, count, skill, column] = match;
    if (Number(count) === 0 || column === "No team" || column === "every team") continue;
    await link.click();
    return { count: Number(count), skill: skill as string, team: column === "All users" ? undefined : column };
  }
  throw new Error("no team's count above zero on the coverage map");
}

/** The map's column headers, the Skill column first. */
export async function assertCoverageColumns(page: Page, columns: RegExp[]): Promise<void> {
  await expect(coverageTable(page).getByRole("columnheader")).toHaveText(columns);
}

/** The users list, filtered to the cell: its address, its count, and each row's team. */
export async function assertUsersFilteredTo(page: Page, cell: CoverageCell, band?: string): Promise<void> {
  await expect(page).toHaveURL((url) => {
    const params = url.searchParams;
    return url.pathname === paths.users.path && params.get("team") === (cell.team ?? null) && params.get("skill") === cell.skill && params.get("band") === (band ?? null);
  });
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  if (cell.team) await expect(page.getByRole("combobox", { name: "Team" })).toHaveValue(cell.team);
  else await expect(page.getByRole("combobox", { name: "Team" })).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: "Skill" })).toHaveValue(cell.skill);
  await expect(page.getByRole("status").filter({ hasText: cell.count === 1 ? "1 user" : `${cell.count} users` })).toBeVisible();
  // The list is virtualized: the table counts every row, the page holds those near the viewport.
  const table = page.getByRole("table", { name: "Users" });
  await expect(table).toHaveAttribute("aria-rowcount", String(cell.count + 1));
  const rows = table.getByRole("row").filter({ has: page.getByRole("cell") });
  await expect(rows.first()).toBeVisible();
  if (cell.team) for (const row of await rows.all()) await expect(row.getByRole("cell").nth(4)).toHaveText(`Team${cell.team}`);
  await assertNoSeriousA11yViolations(page);
}
