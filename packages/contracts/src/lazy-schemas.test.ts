import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as contracts from "./index.ts";
import { CREATE_USER_FIELDS, CreateUserRequestSchema } from "./user-changes.ts";

/** Every zod schema among the contracts' exports, by name. */
const exportedSchemas = Object.entries(contracts as Record<string, unknown>).flatMap(([name, value]) =>
  value instanceof z.ZodType ? [[name, value] as const] : [],
);

describe("the contracts' schemas (decision 026)", () => {
  it("are built the first time they are used, not as the contracts load", () => {
    // A schema built as the module loads costs every page of the SPA its time while the signed-in
    // area's chunk is evaluated (bench row 6); z.lazy builds it on its first parse instead.
    expect(exportedSchemas.length).toBeGreaterThan(60);
    const eager = exportedSchemas.filter(([, schema]) => schema.def.type !== "lazy").map(([name]) => name);
    expect(eager).toEqual([]);
  });

  it("still check what they checked when built eagerly", () => {
    expect(contracts.LockStateSchema.parse({ lockedOut: true })).toEqual({ lockedOut: true });
    const refused = contracts.UpdateUserRequestSchema.safeParse({ team: "Sales", expected: {} });
    expect(refused.error?.issues.map((issue) => issue.path.join("."))).toEqual(["expected.team"]);
    expect(contracts.UserIndexRowSchema.safeParse({ loginId: "a" }).success).toBe(false);
  });

  it("list every field of a create in CREATE_USER_FIELDS, as the schema's shape has them", () => {
    expect([...CREATE_USER_FIELDS].sort()).toEqual(Object.keys(CreateUserRequestSchema.unwrap().shape).sort());
  });
});
