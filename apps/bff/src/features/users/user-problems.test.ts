import { BpccError } from "@switchboard/bpcc";
import { describe, expect, it } from "vitest";
import { AppError } from "../../errors/app-error.ts";
import { refusalOnField } from "./user-problems.ts";

const notFound = (said: string) => new BpccError(`BPCC updateUser failed with HTTP 404: ${said}`, { kind: "not_found", status: 404, upstreamMessage: said });
const errorsOf = (refusal: unknown) => (refusal instanceof AppError ? refusal.errors : undefined);

describe("an unknown skill the platform refused", () => {
  it("lands on the skill it names, as it was sent", () => {
    const onRow = [{ field: "skills.Juggling  Pro", message: "The contact center does not know this skill. Check its spelling, or remove it." }];
    // The client collapses the upstream's whitespace; the name sent keeps its own.
    expect(errorsOf(refusalOnField(notFound("skill not found: Juggling Pro"), ["skills"], ["Support", "Juggling  Pro"]))).toEqual(onRow);
  });

  it("lands on the whole set when the words name no skill that was sent", () => {
    for (const said of ["user skill not found", "skill not found: Unicycling"]) {
      expect(errorsOf(refusalOnField(notFound(said), ["skills"], ["Juggling"]))).toEqual([
        { field: "skills", message: "The contact center does not know one of these skills. Check their spelling, or remove the new one." },
      ]);
    }
  });
});
