import type { UserIndexRow } from "@switchboard/contracts";
import { describe, expect, it } from "vitest";
import { computeCoverage, intensityOf, THIN_BELOW } from "./coverage";

const row = (loginId: string, team: string | null, skills: Record<string, number>): UserIndexRow => ({
  loginId,
  firstName: loginId,
  lastName: loginId,
  team,
  extension: null,
  disabled: false,
  skills,
});

describe("computeCoverage", () => {
  const rows = [
    row("a", "Sales", { French: 80, English: 10 }),
    row("b", "Sales", { French: 40 }),
    row("c", "Support", { French: 95, English: 70 }),
    row("d", null, { English: 100 }),
    row("e", "Support", {}),
  ];

  it("counts each skill per team and level band, with a No team column, totals and team sizes", () => {
    const coverage = computeCoverage(rows, true);
    expect(coverage.columns.map((column) => [column.label, column.team, column.people])).toEqual([
      ["Sales", "Sales", 2],
      ["Support", "Support", 2],
      ["No team", "-", 1],
    ]);
    const french = coverage.rows.find((r) => r.skill === "French");
    expect(french?.cells.map((cell) => cell.bands)).toEqual([{ low: 0, mid: 1, high: 1 }, { low: 0, mid: 0, high: 1 }, { low: 0, mid: 0, high: 0 }]);
    expect(french?.total).toEqual({ bands: { low: 0, mid: 1, high: 2 }, total: 3 });
    expect(coverage.rows.map((r) => r.skill)).toEqual(["English", "French"]);
  });

  it(`calls a skill thin when fewer than ${THIN_BELOW} people hold it at 70–100`, () => {
    const coverage = computeCoverage([...rows, row("f", "Sales", { English: 75 })], true);
    expect(coverage.rows.map((r) => [r.skill, r.thin])).toEqual([["English", false], ["French", true]]);
  });

  it("makes one All users column on a platform without teams", () => {
    const coverage = computeCoverage(rows, false);
    expect(coverage.columns).toEqual([{ label: "All users", team: undefined, people: 5 }]);
    expect(coverage.rows.find((r) => r.skill === "English")?.cells[0]?.total).toBe(3);
  });

  it("shades by the count against the largest, none for zero", () => {
    expect([0, 1, 5, 10].map((count) => intensityOf(count, 10))).toEqual([0, 1, 3, 5]);
  });
});
