import type { Context } from "./context.ts";

export type Verdict = "PASS" | "MISS" | "N/A";

export interface RowResult {
  id: number;
  what: string;
  figure: string;
  baseline: string;
  ratio: string;
  target: string;
  result: Verdict;
  /** One line: why it passed or missed, or what is not measurable yet. */
  note: string;
  /** The raw measurements, for results.json. */
  data: Record<string, unknown>;
  seconds?: number;
}

export interface Row {
  id: number;
  what: string;
  target: string;
  run(ctx: Context): Promise<Omit<RowResult, "id" | "what" | "target">>;
}

/** The answer of a row that cannot run yet because the product lacks what it measures. */
export function notMeasurableYet(reason: string, data: Record<string, unknown> = {}): Omit<RowResult, "id" | "what" | "target"> {
  return { figure: "—", baseline: "—", ratio: "—", result: "N/A", note: `not measurable yet: ${reason}`, data };
}

export const verdict = (pass: boolean): Verdict => (pass ? "PASS" : "MISS");
