import { describe, expect, it } from "vitest";
import { fanOut } from "./fan-out.ts";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe("fanOut", () => {
  it("never has more than the concurrency in flight, and keeps every outcome in item order", async () => {
    let inFlight = 0;
    let most = 0;
    const outcomes = await fanOut(
      Array.from({ length: 50 }, (_, i) => i),
      async (n) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await tick();
        inFlight -= 1;
        if (n === 7) throw new Error("seven failed");
        return n * 2;
      },
      { concurrency: 4 },
    );
    expect(most).toBe(4);
    expect(outcomes[3]).toEqual({ status: "fulfilled", value: 6 });
    expect(outcomes[7]).toMatchObject({ status: "rejected" });
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(49);
  });

  it("counts progress and starts nothing after the signal aborts", async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const outcomes = await fanOut(
      Array.from({ length: 20 }, (_, i) => i),
      async (n) => {
        await tick();
        if (n === 4) controller.abort();
        return n;
      },
      { concurrency: 2, signal: controller.signal, onSettled: (settled) => seen.push(settled) },
    );
    expect(seen[0]).toBe(1);
    expect(outcomes.filter((o) => o.status === "skipped").length).toBeGreaterThanOrEqual(14);
    expect(seen.at(-1)).toBe(outcomes.filter((o) => o.status !== "skipped").length);
  });

  it("refuses a concurrency below one", async () => {
    await expect(fanOut([1], async (n) => n, { concurrency: 0 })).rejects.toThrow(/concurrency/);
  });
});
