import { launchChromium, signedInContext } from "../lib/browser.ts";
import { eventTimings as readEventTimings, openDirectory, timeKeystrokes, type Keystroke, type Watched } from "../lib/keystroke-paint.ts";
import { progress } from "../lib/log.ts";
import { verdict, type Row } from "../lib/row.ts";
import { mb, percentile, round } from "../lib/stats.ts";

/**
 * 20 keystrokes, each of which changes what the table shows: narrowing a name, widening it back to
 * all 20,000 (the heaviest case), a login, an extension, a second name.
 */
export const KEYS = ["c", "h", "e", "n", "Backspace", "Backspace", "Backspace", "Backspace", "z", "a", "p", "Backspace", "Backspace", "Backspace", "1", "0", "Backspace", "Backspace", "l", "i"];
const TARGET_MEDIAN_MS = 50;
const TARGET_WORST_MS = 100;
const TARGET_HEAP = 100 * 1024 * 1024;
/** No mutation for this long after the last one: the keystroke's work is done. */
export const QUIET_MS = 150;

/** The directory's search field; its results are the People table (or its arrival) and the count beside it. */
export const DIRECTORY_SEARCH: Watched = { input: 'input[type="search"]', region: "main", results: '[role="table"], [role="status"]' };

export const searchAsYouTypeRow: Row = {
  id: 5,
  what: "Search as you type, 20,000 users, Chromium: keystroke → filtered rows painted, 20 keys",
  target: "median ≤ 50 ms, worst ≤ 100 ms; JS heap ≤ 100 MB",
  async run(ctx) {
    const bff = await ctx.bff();
    const browser = await launchChromium();
    try {
      const context = await signedInContext(browser, bff.baseUrl, ctx.admin.username, ctx.admin.password);
      const { page, people, rowCount } = await openDirectory(context);
      const search = page.getByLabel("Search the directory");
      await search.click();
      progress(`row 5: typing ${KEYS.length} keys into a directory of ${rowCount} people`);
      const strokes = await timeKeystrokes(page, DIRECTORY_SEARCH, KEYS, QUIET_MS);
      const finalCount = await people.getAttribute("aria-rowcount").catch(() => null);

      const cdp = await context.newCDPSession(page);
      const heap = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number; totalSize: number };
      await cdp.send("HeapProfiler.collectGarbage");
      const afterGc = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number; totalSize: number };
      const eventTimings = await readEventTimings(page);
      await context.close();

      const timed = strokes.filter((s): s is Keystroke & { ms: number } => s.ms !== null).map((s) => s.ms);
      const unchanged = strokes.filter((s) => s.ms === null).length;
      const p50 = percentile(timed, 50);
      const worst = Math.max(...timed);
      const pass = timed.length === KEYS.length && p50 <= TARGET_MEDIAN_MS && worst <= TARGET_WORST_MS && heap.usedSize <= TARGET_HEAP;
      const worstKey = strokes.find((s) => s.ms === worst);
      return {
        figure: `median ${p50.toFixed(1)} ms, worst ${worst.toFixed(1)} ms; heap ${mb(heap.usedSize)} MB`,
        baseline: "—",
        ratio: "—",
        result: verdict(pass),
        note:
          `${rowCount.toLocaleString("en-US")} people; worst on "${worstKey?.key ?? "?"}"; ${unchanged ? `${unchanged} keys changed nothing on screen; ` : ""}` +
          `Event Timing: ${eventTimings.length} interactions over 16 ms (longest ${Math.max(0, ...eventTimings)} ms); heap after GC ${mb(afterGc.usedSize)} MB`,
        data: {
          people: rowCount,
          keys: strokes,
          medianMs: round(p50, 1),
          worstMs: round(worst, 1),
          heapUsedBytes: heap.usedSize,
          heapUsedAfterGcBytes: afterGc.usedSize,
          eventTimingOver16Ms: eventTimings,
          finalRowCount: finalCount,
        },
      };
    } finally {
      await browser.close();
    }
  },
};
