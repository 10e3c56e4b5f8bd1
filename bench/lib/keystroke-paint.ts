import type { BrowserContext, Locator, Page } from "@playwright/test";

/** Where a row types and what shows its results (CSS selectors). */
export interface Watched {
  /** The field typed into. */
  input: string;
  /** What the MutationObserver watches. */
  region: string;
  /** A change inside one of these, or one of these added or removed, is a change of the results. */
  results: string;
}

export type Keystroke = { key: string; ms: number | null; mutations: number };

/**
 * Injected into the page. Keystroke → paint: from the keydown's own timestamp (when the browser
 * created the event) to the end of the first frame painted after the last DOM change it caused in
 * the results. "End of frame" is a message posted from a requestAnimationFrame callback: it runs
 * once that frame's style, layout and paint are done. A PerformanceObserver also keeps the
 * browser's own Event Timing of each interaction, a cross-check.
 */
function instrument({ quietMs, watched }: { quietMs: number; watched: Watched }): void {
  type State = { keydown?: number; lastMutation: number; paintedAt?: number; mutations: number; token: number };
  let state: State | undefined;
  const interactions = new Map<number, number>();
  const input = document.querySelector<HTMLInputElement>(watched.input);
  const region = document.querySelector(watched.region) ?? document.body;
  if (!input) throw new Error(`no field ${watched.input}`);
  input.addEventListener("keydown", (event) => {
    if (state && state.keydown === undefined) state.keydown = event.timeStamp;
  }, { capture: true });
  // Only what shows the results. Later changes elsewhere (the address written when typing pauses,
  // navigation links) are not the results.
  const showsResults = (record: MutationRecord) => {
    const element = record.target instanceof Element ? record.target : record.target.parentElement;
    if (element?.closest(watched.results)) return true;
    return [...record.addedNodes, ...record.removedNodes].some((node) => node instanceof Element && node.matches(watched.results));
  };
  new MutationObserver((records) => {
    const current = state;
    if (!current || current.keydown === undefined || !records.some(showsResults)) return;
    current.lastMutation = performance.now();
    current.mutations++;
    const token = ++current.token;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        if (token === current.token) current.paintedAt = performance.now();
      };
      channel.port2.postMessage(null);
    });
  }).observe(region, { subtree: true, childList: true, characterData: true, attributes: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      if (entry.interactionId) interactions.set(entry.interactionId, Math.max(interactions.get(entry.interactionId) ?? 0, entry.duration));
    }
  }).observe({ type: "event", durationThreshold: 16, buffered: true } as PerformanceObserverInit);

  Object.assign(window, {
    __bench: {
      arm: () => {
        state = { lastMutation: 0, mutations: 0, token: 0 };
      },
      settled: () =>
        new Promise<{ ms: number | null; mutations: number }>((resolve) => {
          const started = performance.now();
          const poll = () => {
            const now = performance.now();
            const s = state;
            if (s && s.paintedAt !== undefined && s.keydown !== undefined && now - s.lastMutation >= quietMs) {
              resolve({ ms: s.paintedAt - s.keydown, mutations: s.mutations });
            } else if (now - started > 3_000) {
              resolve({ ms: null, mutations: s?.mutations ?? 0 });
            } else setTimeout(poll, 10);
          };
          poll();
        }),
      interactions: () => [...interactions.values()],
    },
  });
}

type BenchWindow = { __bench: { arm(): void; settled(): Promise<{ ms: number | null; mutations: number }>; interactions(): number[] } };

/** Instruments the page (the field must be there), then presses each key once the last settled. */
export async function timeKeystrokes(page: Page, watched: Watched, keys: readonly string[], quietMs: number): Promise<Keystroke[]> {
  await page.evaluate(instrument, { quietMs, watched });
  const strokes: Keystroke[] = [];
  for (const key of keys) {
    await page.evaluate(() => (window as unknown as BenchWindow).__bench.arm());
    await page.keyboard.press(key);
    const settled = await page.evaluate(() => (window as unknown as BenchWindow).__bench.settled());
    strokes.push({ key, ...settled });
    await page.waitForTimeout(100);
  }
  return strokes;
}

/** The browser's Event Timing durations over 16 ms, since the page was instrumented. */
export async function eventTimings(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as BenchWindow).__bench.interactions());
}

/** The Directory page with every person loaded, in a new page of `context`: the page, its People table, their number. */
export async function openDirectory(context: BrowserContext): Promise<{ page: Page; people: Locator; rowCount: number }> {
  const page = await context.newPage();
  await page.goto("/directory", { waitUntil: "networkidle" });
  const people = page.getByRole("table", { name: "People" });
  await people.getByRole("row").nth(1).waitFor({ timeout: 30_000 });
  const rowCount = Number(await people.getAttribute("aria-rowcount")) - 1;
  return { page, people, rowCount };
}
