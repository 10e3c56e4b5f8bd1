import { expect, type Locator, type Page } from "@playwright/test";
import { paths } from "../../../apps/web/src/config/paths.ts";
import { assertNoSeriousA11yViolations } from "../support/accessibility.ts";

/** A signed-in page and what a reader comes to it to do. */
export type AdminPage = { heading: string; href: string; primaryActions: (page: Page) => Locator[] };

const button = (page: Page, name: string | RegExp) => page.getByRole("button", { name }).first();
const link = (page: Page, name: string | RegExp) => page.getByRole("link", { name }).first();

/** Every page an admin has, each with its primary actions (Eric Chen is in every seeded tenant). */
export const ADMIN_PAGES: readonly AdminPage[] = [
  {
    heading: "Directory",
    href: paths.directory.getHref(),
    primaryActions: (page) => [page.getByRole("searchbox", { name: "Search the directory" }), link(page, /^Call extension/)],
  },
  {
    heading: "Users",
    href: paths.users.getHref(),
    primaryActions: (page) => [
      page.getByRole("searchbox", { name: "Search users" }),
      button(page, /^Extension/),
      button(page, /^Direct number/),
      page.getByRole("table", { name: "Users" }).getByRole("link").first(),
    ],
  },
  {
    heading: "Skills coverage",
    href: paths.skills.getHref(),
    primaryActions: (page) => [page.getByRole("combobox", { name: "Count people at" }), page.getByRole("table").getByRole("link").first()],
  },
  {
    heading: "Eric Chen",
    href: paths.user.getHref("eric.chen"),
    primaryActions: (page) => [
      button(page, /^(Disable|Enable) account…/),
      button(page, "Reset password…"),
      button(page, "Save changes"),
      button(page, "Delete user…"),
    ],
  },
  {
    heading: "New user",
    href: paths.newUser.getHref(),
    primaryActions: (page) => [page.getByLabel("Login"), button(page, "Create user")],
  },
  {
    heading: "Teams",
    href: paths.teams.getHref(),
    primaryActions: (page) => [page.getByRole("list", { name: "Teams" }).getByRole("listitem").first()],
  },
  {
    heading: "Access numbers",
    href: paths.accessNumbers.getHref(),
    primaryActions: (page) => [
      page.getByRole("searchbox", { name: "Search access numbers" }),
      page.getByRole("combobox", { name: "Type" }),
      page.getByRole("table", { name: "Access numbers" }).getByRole("link").first(),
    ],
  },
  {
    heading: "Accounts",
    href: paths.accounts.getHref(),
    primaryActions: (page) => [
      button(page, "New account"),
      button(page, "Change role of viewer"),
      button(page, "Set password for viewer"),
      button(page, "Disable viewer"),
      button(page, "Remove viewer"),
      link(page, "History of viewer"),
    ],
  },
  {
    heading: "Audit",
    href: paths.audit.getHref(),
    primaryActions: (page) => [button(page, "Apply filters"), button(page, /^Export CSV/), button(page, /^(Details|Changes) of record/)],
  },
];

export function adminPageTitled(heading: string): AdminPage {
  const found = ADMIN_PAGES.find((adminPage) => adminPage.heading === heading);
  if (!found) throw new Error(`no admin page titled ${heading}`);
  return found;
}

export async function goToAdminPage(page: Page, adminPage: AdminPage): Promise<void> {
  await page.goto(adminPage.href);
}

export async function assertOnAdminPage(page: Page, adminPage: AdminPage): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: adminPage.heading })).toBeVisible();
  for (const action of adminPage.primaryActions(page)) await expect(action).toBeVisible();
}

/**
 * Each primary action lies wholly in the window once scrolled to as a reader scrolls: up and down
 * only. One hidden sideways (in a table that scrolls in its box, or off the page) fails.
 */
export async function assertPrimaryActionsOnScreen(page: Page, adminPage: AdminPage): Promise<void> {
  for (const action of adminPage.primaryActions(page)) {
    await action.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - window.innerHeight / 2));
    await expect(action, "on screen without scrolling sideways").toBeInViewport({ ratio: 1 });
  }
}

// ---------------------------------------------------------------- The header

function header(page: Page): Locator {
  return page.getByRole("banner");
}

function menuButton(page: Page): Locator {
  return header(page).getByRole("button", { name: "Menu" });
}

function mainNavigation(page: Page): Locator {
  return page.getByRole("navigation", { name: "Main" });
}

/** The product's name, the search and the account's control share one line; the search keeps room to type. */
export async function assertHeaderOnOneLine(page: Page): Promise<void> {
  const name = await header(page).getByRole("link", { name: "Switchboard" }).boundingBox();
  const search = await header(page).getByRole("combobox", { name: "Find a person" }).boundingBox();
  const account = await header(page).getByRole("button", { name: /^(Menu|Sign out)$/ }).boundingBox();
  if (!name || !search || !account) throw new Error("the header lacks its name, search or account control");
  for (const box of [search, account]) {
    const middle = box.y + box.height / 2;
    expect(middle, "on the product name's line").toBeGreaterThan(name.y);
    expect(middle, "on the product name's line").toBeLessThan(name.y + name.height);
  }
  expect(search.width, "the search box's width").toBeGreaterThanOrEqual(240);
}

/** The pages and the account are behind the header's menu, closed. */
export async function assertHeaderInMenu(page: Page): Promise<void> {
  await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false");
  await expect(mainNavigation(page)).toBeHidden();
  await expect(header(page).getByRole("button", { name: "Sign out" })).toBeHidden();
}

export async function assertHeaderCollapsed(page: Page): Promise<void> {
  await assertHeaderInMenu(page);
  await assertNoSeriousA11yViolations(page);
}

/** From the keyboard: the button takes focus, Enter opens the menu, Tab goes into it. */
export async function pressEnterToOpenMenu(page: Page): Promise<void> {
  await menuButton(page).focus();
  await page.keyboard.press("Enter");
  await expect(menuButton(page)).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Tab");
  await expect(mainNavigation(page).getByRole("link").first()).toBeFocused();
}

/** The open menu: every page of the role, the one shown marked, the account's name and Sign out. */
export async function assertMenuShows(page: Page, account: string, currentPage: string): Promise<void> {
  const panel = page.locator(`#${await menuButton(page).getAttribute("aria-controls")}`);
  for (const name of ["Directory", "Users", "Skills", "New user", "Teams", "Access numbers", "Accounts", "Audit"]) {
    await expect(panel.getByRole("navigation", { name: "Main" }).getByRole("link", { name, exact: true })).toBeVisible();
  }
  await expect(panel.getByRole("link", { name: currentPage, exact: true })).toHaveAttribute("aria-current", "page");
  await expect(panel.getByText(account, { exact: true })).toBeVisible();
  await expect(panel.getByRole("button", { name: "Sign out" })).toBeInViewport({ ratio: 1 });
  await assertNoSeriousA11yViolations(page);
}

export async function pressEscapeToCloseMenu(page: Page): Promise<void> {
  await page.keyboard.press("Escape");
  await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false");
  await expect(mainNavigation(page)).toBeHidden();
  await expect(menuButton(page)).toBeFocused();
}

export async function clickMenu(page: Page): Promise<void> {
  await menuButton(page).click();
  await expect(menuButton(page)).toHaveAttribute("aria-expanded", "true");
}

export async function clickInMenu(page: Page, name: string): Promise<void> {
  await mainNavigation(page).getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false");
}

/** Wide enough: the navigation and the account stand in the header, with no menu. */
export async function assertHeaderNotCollapsed(page: Page): Promise<void> {
  await expect(mainNavigation(page)).toBeVisible();
  await expect(header(page).getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(menuButton(page)).toHaveCount(0);
}

/** One entry marks the page shown: on New user, New user alone, not Users as well. */
export async function assertCurrentInNavigation(page: Page, current: string): Promise<void> {
  const marked = mainNavigation(page).locator("[aria-current=page]");
  await expect(marked).toHaveCount(1);
  await expect(marked).toHaveText(current);
}
