import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import type { AuditRecord } from "@switchboard/contracts";
import { createAuditCsv } from "./audit-csv.ts";

function record(actor: string, target: string): AuditRecord {
  return {
    id: 7,
    at: "2026-05-08T00:00:00.000Z",
    actor,
    role: "admin",
    clientIp: "192.0.2.9",
    action: "user.update",
    target,
    outcome: "succeeded",
    reason: null,
    status: 200,
    requestId: "csv-unit-1",
    changes: null,
  };
}

/** The data row's actor and target cells, as a spreadsheet would receive them. */
async function exportedCells(name: string): Promise<{ actor: string; target: string }> {
  const csv = await text(Readable.from([record(name, name)]).pipe(createAuditCsv()));
  const row = csv.slice(csv.indexOf("\n") + 1).trimEnd();
  const [, , actor = "", , , , target = ""] = row.split(",");
  return { actor, target };
}

describe("the audit CSV export", () => {
  it.each([
    ["full-width equals", "＝HYPERLINK(A1)"],
    ["full-width plus", "＋1+1"],
    ["full-width minus", "－2+3"],
    ["full-width at", "＠SUM(A1:A9)"],
    ["ASCII equals", "=1+1"],
    ["a space before equals", " =1+1"],
    ["spaces before a full-width at", "   ＠SUM(A1)"],
    ["an ideographic space before a full-width equals", "\u3000＝1+1"],
    ["a no-break space before plus", "\u00a0+1"],
    ["a tab and a space before minus", "\t -1"],
  ])("writes a name starting with %s as text", async (_case, name) => {
    const { actor, target } = await exportedCells(name);
    expect(actor).toBe(`'${name}`);
    expect(target).toBe(`'${name}`);
  });

  it("quotes a name with a newline before the formula, and escapes it too", async () => {
    const { actor, target } = await exportedCells("\n=1+1");
    expect(actor).toBe(`"'\n=1+1"`);
    expect(target).toBe(`"'\n=1+1"`);
  });

  it.each(["eric.chen", "  plain name", "a=b", "1-2", "x＠y"])("leaves %j as it is", async (name) => {
    const { actor, target } = await exportedCells(name);
    expect(actor).toBe(name);
    expect(target).toBe(name);
  });

});
