import { beforeEach, describe, expect, it } from "vitest";
import { EditConflictSchema } from "@switchboard/contracts";
import { expectProblem, upstreamCalls } from "./security/support.ts";
import { useUserEditingHarness, WANDA } from "./user-editing-harness.ts";

// PATCH /api/users/:loginId when two editors meet (decision 007): the BFF reads the user again and
// refuses to overwrite what someone else changed since the editor loaded it; and an update whose
// answer is lost is read back.

const { harness, as, updatesSentFor, latestAudit } = useUserEditingHarness();

describe("two editors at once", () => {
  it("the second to save a field the first changed gets 409 with the change, and nothing is overwritten", async () => {
    const first = await as("supervisor");
    const second = await as("admin");
    const seen = await second.get(WANDA);

    expect((await first.patch(WANDA, { team: "Retention", expected: { team: seen.team } })).status).toBe(200);
    const res = await second.patch(WANDA, { team: "Sales", expected: { team: seen.team } });

    const conflict = EditConflictSchema.parse(expectProblem(res, 409));
    expect(conflict).toMatchObject({
      conflicts: ["team"],
      current: { team: "Retention", disabled: true, changePassword: false, skills: seen.skills },
      lastChange: { actor: "supervisor", at: expect.any(String) },
    });
    expect(conflict.detail).toBe("Someone changed the team of this user since you loaded the page. Reload to see their change, or overwrite it with yours.");
    expect(updatesSentFor(WANDA)).toEqual([{ team: "Retention" }]);
    expect((await second.get(WANDA)).team).toBe("Retention");
    expect(await latestAudit(WANDA)).toMatchObject({ actor: "admin", outcome: "refused", status: 409, changes: { before: { team: "Customer Service" }, after: { team: "Sales" } } });
  });

  it("overwriting sends the change again with the values the 409 reported", async () => {
    const first = await as("supervisor");
    const second = await as("admin");
    const seen = await second.get(WANDA);
    await first.patch(WANDA, { skills: { Support: 10 }, expected: { skills: seen.skills } });

    const conflict = EditConflictSchema.parse((await second.patch(WANDA, { skills: { Support: 100, Chat: 60 }, expected: { skills: seen.skills } })).body);
    const res = await second.patch(WANDA, { skills: { Support: 100, Chat: 60 }, expected: { skills: conflict.current.skills } });

    expect(res.status, res.text).toBe(200);
    expect((await first.get(WANDA)).skills).toEqual({ Support: 100, Chat: 60 });
  });

  it("a change to another field is no conflict: each editor's change lands", async () => {
    const first = await as("supervisor");
    const second = await as("admin");
    const seen = await second.get(WANDA);
    await first.patch(WANDA, { skills: { Support: 50 }, expected: { skills: seen.skills } });

    expect((await second.patch(WANDA, { disabled: false, expected: { disabled: seen.disabled } })).status).toBe(200);
    expect(await first.get(WANDA)).toMatchObject({ skills: { Support: 50 }, disabled: false });
  });

  it("two editors wanting the same value is no conflict", async () => {
    const first = await as("supervisor");
    const second = await as("admin");
    await first.patch(WANDA, { disabled: false, expected: { disabled: true } });
    expect((await second.patch(WANDA, { disabled: false, expected: { disabled: true } })).status).toBe(200);
  });

  it("a change made outside Switchboard is caught too, with no name to show", async () => {
    const supervisor = await as("supervisor");
    // The editor saw Sales; the platform holds Support Team, which nobody set through Switchboard.
    const res = await supervisor.patch("navarro", { team: "Billing", expected: { team: "Sales" } });
    const conflict = EditConflictSchema.parse(expectProblem(res, 409));
    expect(conflict).toMatchObject({ conflicts: ["team"], current: { team: "Support Team" }, lastChange: null });
  });
});

describe("an update whose answer is lost", () => {
  beforeEach(() => harness().sim.control.clearFaults());

  it("is read back: done, so the answer is 200, and it is not sent twice", async () => {
    harness().sim.control.dropConnections({ endpoint: "PUT /user/:username", afterPerforming: true, count: 1 });
    const supervisor = await as("supervisor");
    const res = await supervisor.patch(WANDA, { team: "Billing", expected: { team: "Customer Service" } });
    expect(res.status, res.text).toBe(200);
    expect(upstreamCalls(harness())["PUT /user/:username"]).toBe(1);
    expect((await supervisor.get(WANDA)).team).toBe("Billing");
  });

  it("is read back: not done, so the answer says so, and that trying again is safe", async () => {
    harness().sim.control.dropConnections({ endpoint: "PUT /user/:username", afterPerforming: false, count: 1 });
    const supervisor = await as("supervisor");
    const problem = expectProblem(await supervisor.patch(WANDA, { team: "Billing", expected: { team: "Customer Service" } }), 502);
    expect(problem).toMatchObject({ type: "/problems/not-saved", detail: expect.stringMatching(/the change was not saved\. Try again\.$/) });
    expect((await supervisor.get(WANDA)).team).toBe("Customer Service");
    expect(await latestAudit(WANDA)).toMatchObject({ outcome: "failed", status: 502, changes: { after: { team: "Billing" } } });
  });
});
