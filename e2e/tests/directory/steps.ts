import { expect, type Page } from "@playwright/test";
import { paths } from "../../../apps/web/src/config/paths.ts";
import { assertNoSeriousA11yViolations } from "../support/accessibility.ts";

export async function goToDirectory(page: Page, query?: string): Promise<void> {
  await page.goto(paths.directory.getHref(query));
}

export async function fillDirectorySearch(page: Page, text: string): Promise<void> {
  await page.getByRole("searchbox", { name: "Search the directory" }).pressSequentially(text, { delay: 30 });
}

export async function assertOnDirectory(page: Page, query?: string): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "Directory" })).toBeVisible();
  if (query) {
    await expect(page).toHaveURL((url) => url.pathname === paths.directory.path && url.searchParams.get("q") === query);
    await expect(page.getByRole("searchbox", { name: "Search the directory" })).toHaveValue(query);
  }
  await assertNoSeriousA11yViolations(page);
}

/** Eric Chen is in every seeded tenant (the collection's example), at an extension the page shows. */
export async function assertShowsPerson(page: Page, fullName: string): Promise<void> {
  await expect(page.getByText(fullName, { exact: true }).first()).toBeVisible();
}

/** The list narrowed: some people, fewer than the whole tenant, and every one of them matches. */
export async function assertEveryResultMatches(page: Page, text: RegExp): Promise<void> {
  const table = page.getByRole("table", { name: "People" });
  const rows = table.getByRole("row").filter({ has: page.getByRole("cell") });
  await expect(rows.first()).toBeVisible();
  const status = page.getByRole("status").filter({ hasText: /\d+ (people|person)/ });
  const shown = Number(/(\d+)/.exec((await status.textContent()) ?? "")?.[1]);
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(100);
  const visible = await rows.all();
  expect(visible.length).toBeGreaterThan(0);
  for (const row of visible) await expect(row).toContainText(text);
}

export async function assertNoDirectoryVisible(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "Directory" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Call extension / })).toHaveCount(0);
}
