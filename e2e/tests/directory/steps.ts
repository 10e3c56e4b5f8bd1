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

export async function assertEveryResultMatches(page: Page, text: RegExp): Promise<void> {
  const extensionLinks = page.getByRole("link", { name: /^Call extension / });
  await expect(extensionLinks.first()).toBeVisible();
  const count = await extensionLinks.count();
  expect(count).toBeGreaterThan(0);
  const status = page.getByRole("status").filter({ hasText: /\d+ (people|person)/ });
  await expect(status).toBeVisible();
  const rows = page.getByTestId("directory-row");
  for (const row of await rows.all()) await expect(row).toContainText(text);
}

export async function assertNoDirectoryVisible(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "Directory" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Call extension / })).toHaveCount(0);
}
