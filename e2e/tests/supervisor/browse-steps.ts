import { expect, type Locator, type Page } from "@playwright/test";
import { paths, type AccessNumbersSearch, type UsersSearch } from "../../../apps/web/src/config/paths.ts";
import { assertNoSeriousA11yViolations } from "../support/accessibility.ts";

// ---------------------------------------------------------------- Users

export type UsersColumn = "Name" | "Login" | "Extension" | "Direct number";
const COLUMN_INDEX: Record<UsersColumn, number> = { Name: 0, Login: 1, Extension: 2, "Direct number": 3 };

function usersTable(page: Page): Locator {
  return page.getByRole("table", { name: "Users" });
}

/** The rows on screen (the list is virtualized: only those near the viewport exist). */
function userRows(page: Page): Locator {
  return usersTable(page).getByRole("row").filter({ has: page.getByRole("cell") });
}

function columnHeader(page: Page, column: UsersColumn): Locator {
  return usersTable(page).getByRole("columnheader", { name: new RegExp(`^${column}`) });
}

export async function goToUsers(page: Page, search?: UsersSearch): Promise<void> {
  await page.goto(paths.users.getHref(search));
}

export async function clickUsersInNavigation(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
}

export async function assertOnUsers(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expect(userRows(page).first()).toBeVisible();
  await assertNoSeriousA11yViolations(page);
}

export async function fillUsersSearch(page: Page, text: string): Promise<void> {
  await page.getByRole("searchbox", { name: "Search users" }).pressSequentially(text, { delay: 30 });
}

export async function clickSortBy(page: Page, column: UsersColumn): Promise<void> {
  await columnHeader(page, column).getByRole("button").click();
}

/** From the keyboard: Tab reaches the header's button, Enter sorts. */
export async function pressEnterToSortBy(page: Page, column: UsersColumn): Promise<void> {
  const button = columnHeader(page, column).getByRole("button");
  await button.focus();
  await expect(button).toBeFocused();
  await page.keyboard.press("Enter");
}

export async function assertSortedBy(page: Page, column: UsersColumn, direction: "ascending" | "descending"): Promise<void> {
  await expect(columnHeader(page, column)).toHaveAttribute("aria-sort", direction);
  const texts = await userRows(page).evaluateAll(
    (rows, index) => rows.map((row) => row.querySelectorAll("[role=cell]")[index]?.textContent ?? ""),
    COLUMN_INDEX[column],
  );
  const values = texts.map((text) => text.replace(/\D/g, "")).filter(Boolean).map(Number);
  expect(values.length).toBeGreaterThan(1);
  const ordered = values.toSorted((a, b) => (direction === "ascending" ? a - b : b - a));
  expect(values).toEqual(ordered);
}

export async function assertUsersAddress(page: Page, search: UsersSearch): Promise<void> {
  await expect(page).toHaveURL((url) => {
    const params = url.searchParams;
    return url.pathname === paths.users.path && params.get("q") === (search.q ?? null) && params.get("sort") === (search.sort ?? null) && params.get("dir") === (search.dir ?? null);
  });
}

/** Every row on screen matches, and the count says fewer than the whole tenant. */
export async function assertEveryUserMatches(page: Page, text: RegExp, tenantSize: number): Promise<void> {
  const status = page.getByRole("status").filter({ hasText: /\d+ users?$/ });
  await expect(status).toBeVisible();
  const shown = Number(/([\d,]+)/.exec((await status.textContent()) ?? "")?.[1]?.replace(/,/g, ""));
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(tenantSize);
  for (const row of await userRows(page).all()) await expect(row).toContainText(text);
}

/** The whole tenant is counted, yet only a screenful of rows is in the page. */
export async function assertListIsVirtualized(page: Page, tenantSize: number): Promise<void> {
  await expect(page.getByRole("status").filter({ hasText: `${tenantSize} users` })).toBeVisible();
  await expect(usersTable(page)).toHaveAttribute("aria-rowcount", String(tenantSize + 1));
  expect(await userRows(page).count()).toBeLessThan(80);
}

/** Opens the first user on screen; returns their name. */
export async function clickFirstUser(page: Page): Promise<string> {
  const link = userRows(page).first().getByRole("link");
  const name = (await link.textContent()) ?? "";
  await link.click();
  return name;
}

export async function assertOnUserPage(page: Page, name: string): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page).toHaveURL((url) => url.pathname.startsWith(`${paths.users.path}/`));
  await assertNoSeriousA11yViolations(page);
}

export async function assertNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

// ---------------------------------------------------------------- Teams

export async function goToTeams(page: Page): Promise<void> {
  await page.goto(paths.teams.getHref());
}

export async function clickInNavigation(page: Page, name: "Teams" | "Access numbers"): Promise<void> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name }).click();
}

export async function assertOnTeams(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "Teams" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /\d+ teams/ })).toBeVisible();
  await assertNoSeriousA11yViolations(page);
}

export async function assertTeamListed(page: Page, team: string): Promise<void> {
  await expect(page.getByRole("list", { name: "Teams" }).getByRole("listitem").filter({ hasText: new RegExp(`^${team}$`) })).toBeVisible();
}

// ---------------------------------------------------------------- Access numbers

function numbersTable(page: Page): Locator {
  return page.getByRole("table", { name: "Access numbers" });
}

export async function goToAccessNumbers(page: Page, search?: AccessNumbersSearch): Promise<void> {
  await page.goto(paths.accessNumbers.getHref(search));
}

export async function assertOnAccessNumbers(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "Access numbers" })).toBeVisible();
  await expect(numbersTable(page).getByRole("row").nth(1)).toBeVisible();
  await assertNoSeriousA11yViolations(page);
}

/** The number's row shows the scenario it reaches. */
export async function assertScenarioNumber(page: Page, shownNumber: string, scenario: string): Promise<void> {
  const row = numbersTable(page).getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^\\${shownNumber}`) }) });
  await expect(row).toContainText(scenario);
  await expect(row).toContainText("Scenario");
}

export async function chooseType(page: Page, type: string): Promise<void> {
  await page.getByRole("combobox", { name: "Type" }).selectOption(type);
}

/** Opens the user of the first number assigned to a user; returns their name. */
export async function clickFirstUserAssignedNumber(page: Page): Promise<string> {
  const link = numbersTable(page).getByRole("link").first();
  await expect(link).toHaveAttribute("href", /^\/users\/.+/);
  const name = (await link.textContent()) ?? "";
  expect(name).toMatch(/\S+ \S+/);
  await link.click();
  return name;
}
