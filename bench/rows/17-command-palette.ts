import { launchChromium, signedInContext } from "../lib/browser.ts";
import { eventTimings, openDirectory, timeKeystrokes, type Keystroke, type Watched } from "../lib/keystroke-paint.ts";
import { progress } from "../lib/log.ts";
import { verdict, type Row } from "../lib/row.ts";
import { percentile, round } from "../lib/stats.ts";
import { DIRECTORY_SEARCH, KEYS, QUIET_MS } from "./05-search-as-you-type.ts";

const TARGET_MEDIAN_MS = 50;

/** The palette's field; its results are the options of its list. */
const PALETTE: Watched = { input: "dialog[open] [cmdk-input]", region: "dialog[open]", results: "[cmdk-list]" };

function timed(strokes: readonly Keystroke[]): number[] {
  return strokes.filter((s): s is Keystroke & { ms: number } => s.ms !== null).map((s) => s.ms);
}

/**
 * Row 5's keys typed, on one page, into the Directory's search (the baseline, measured again here so
 * both figures come from one browser at one moment) and then into the command palette (Ctrl+K),
 * whose results are drawn from the same 20,000 people already loaded.
 */
export const commandPaletteRow: Row = {
  id: 17,
  what: "Command palette, 20,000 users, Chromium: keystroke → first results painted, 20 keys (baseline: the Directory's search, same keys, same page)",
  target: "median ≤ 50 ms",
  async run(ctx) {
    const bff = await ctx.bff();
    const browser = await launchChromium();
    try {
      const context = await signedInContext(browser, bff.baseUrl, ctx.admin.username, ctx.admin.password);
      const { page, rowCount } = await openDirectory(context);

      await page.getByLabel("Search the directory").click();
      progress(`row 17: typing ${KEYS.length} keys into the Directory's search (${rowCount} people), then into the palette`);
      const directory = await timeKeystrokes(page, DIRECTORY_SEARCH, KEYS, QUIET_MS);

      await page.keyboard.press("Control+k");
      await page.locator(PALETTE.input).waitFor();
      const palette = await timeKeystrokes(page, PALETTE, KEYS, QUIET_MS);
      const paletteEventTimings = await eventTimings(page);
      await context.close();

      const paletteMs = timed(palette);
      const directoryMs = timed(directory);
      const p50 = percentile(paletteMs, 50);
      const baseline = percentile(directoryMs, 50);
      const pass = paletteMs.length === KEYS.length && p50 <= TARGET_MEDIAN_MS;
      return {
        figure: `median ${p50.toFixed(1)} ms, worst ${Math.max(...paletteMs).toFixed(1)} ms`,
        baseline: `median ${baseline.toFixed(1)} ms`,
        ratio: `${(p50 / baseline).toFixed(2)}×`,
        result: verdict(pass),
        note:
          `${rowCount.toLocaleString("en-US")} people, at most 50 shown; ${KEYS.length - paletteMs.length} palette keys changed nothing on screen; ` +
          `the Directory's worst ${Math.max(...directoryMs).toFixed(1)} ms; Event Timing (both): ${paletteEventTimings.length} interactions over 16 ms`,
        data: {
          people: rowCount,
          palette,
          directory,
          medianMs: round(p50, 1),
          baselineMedianMs: round(baseline, 1),
          eventTimingOver16Ms: paletteEventTimings,
        },
      };
    } finally {
      await browser.close();
    }
  },
};
