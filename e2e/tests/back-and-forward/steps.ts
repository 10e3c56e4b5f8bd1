import { expect, type Locator, type Page } from "@playwright/test";
import { paths } from "../../../apps/web/src/config/paths.ts";
import { assertNoSeriousA11yViolations } from "../support/accessibility.ts";

/** The long lists, by their tables' accessible names. */
export type List = "People" | "Users" | "Audit records, newest first";

function dataRows(page: Page, list: List): Locator {
  return page.getByRole("table", { name: list }).getByRole("row").filter({ has: page.getByRole("cell") });
}

export async function assertListShown(page: Page, list: List): Promise<void> {
  await expect(dataRows(page, list).nth(3)).toBeVisible();
  await assertNoSeriousA11yViolations(page);
}

/** "Load older records" until the whole trail is on the page. */
export async function clickLoadOlderRecords(page: Page, total: number): Promise<void> {
  await page.getByRole("button", { name: "Load older records" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${total} records, the whole trail` })).toBeVisible();
}

/** Turns the mouse wheel, as a reader would, until `share` of the page lies above the window. */
export async function scrollFarDown(page: Page, share: number): Promise<void> {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error("the page has no viewport");
  await page.mouse.move(viewport.width / 2, viewport.height / 2);
  const target = await page.evaluate((s) => Math.round((document.documentElement.scrollHeight - innerHeight) * s), share);
  while ((await page.evaluate(() => scrollY)) < target) {
    await page.mouse.wheel(0, Math.min(1_000, viewport.height));
    await page.waitForTimeout(30);
  }
}

/** The rows wholly inside the window, by their text: what the reader has in view. */
function readRowsInView(page: Page, list: List): Promise<string[]> {
  return dataRows(page, list).evaluateAll((elements) =>
    elements
      .filter((row) => {
        const box = row.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      })
      .map((row) => row.textContent),
  );
}

/** What the reader has in view now: several rows. */
export async function rowsInView(page: Page, list: List): Promise<string[]> {
  const rows = await readRowsInView(page, list);
  expect(rows.length, "rows in view").toBeGreaterThan(3);
  return rows;
}

export async function assertSameRowsInView(page: Page, list: List, rows: readonly string[]): Promise<void> {
  await expect.poll(() => readRowsInView(page, list), { message: "the same rows as before, in view" }).toEqual(rows);
}

/** Opens the user of the row in the middle of the window. */
export async function clickEntryInView(page: Page, list: List): Promise<void> {
  const inView = await rowsInView(page, list);
  const middle = inView[Math.floor(inView.length / 2)] ?? "";
  await dataRows(page, list).filter({ hasText: middle }).first().getByRole("link").first().click();
  await assertOnUserPage(page);
}

async function assertOnUserPage(page: Page): Promise<void> {
  await expect(page).toHaveURL((url) => url.pathname.startsWith(`${paths.users.path}/`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

/** Opens an entry in view, then Back, Forward and Back again: each Back shows the rows the reader left. */
export async function assertBackAndForwardKeepTheRows(page: Page, list: List): Promise<void> {
  const rows = await rowsInView(page, list);
  await clickEntryInView(page, list);

  await page.goBack();
  await assertSameRowsInView(page, list, rows);

  await page.goForward();
  await assertOnUserPage(page);
  await page.goBack();
  await assertSameRowsInView(page, list, rows);
}

export async function reloadPage(page: Page): Promise<void> {
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}
