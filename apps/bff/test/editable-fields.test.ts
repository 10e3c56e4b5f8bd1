import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EditConflictSchema, UserSchema, type UserChange } from "@switchboard/contracts";
import type { Platform, PlatformUser } from "../src/platform/platform.ts";
import { SAME_ORIGIN, startHarness, type Harness } from "./harness.ts";
import { expectProblem } from "./security/support.ts";

// Which user fields may change after creation is the platform's to say (capabilities'
// editableUserFields): BPCC changes skills, team and flags; Genesys names and roles too.

const WANDA = "wandabui";

async function patchAs(h: Harness, role: string, loginId: string, body: object) {
  const { agent, csrfToken } = await h.signIn(role);
  return agent.patch(`/api/users/${loginId}`).set(SAME_ORIGIN).set("X-CSRF-Token", csrfToken).send(body);
}

describe("on a platform that takes names and roles only at creation (BPCC)", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({}, { recordUpstream: true });
  });
  afterAll(() => h.close());

  it("refuses a new first name and roles on their fields, naming the platform, and sends nothing", async () => {
    const res = await patchAs(h, "admin", WANDA, { firstName: "Wendy", roles: ["Agent"], expected: { firstName: "Wanda", roles: [] } });

    const problem = expectProblem(res, 400);
    expect(problem.errors).toEqual([
      { field: "firstName", message: "This contact center (bpcc) does not let the first name change after the user is created." },
      { field: "roles", message: "This contact center (bpcc) does not let the roles change after the user is created." },
    ]);
    expect(h.updatesSentFor(WANDA)).toEqual([]);
  });
});

/** BPCC's answers, with names and roles kept in memory as a platform that edits them would. */
function withEditableNamesAndRoles(sent: UserChange[]) {
  return (bpcc: Platform): Platform => {
    const edited = new Map<string, Partial<PlatformUser>>();
    return {
      ...bpcc,
      capabilities: { ...bpcc.capabilities, platform: "genesys", editableUserFields: ["skills", "firstName", "lastName", "roles"] },
      async getUser(loginId) {
        return { ...(await bpcc.getUser(loginId)), ...edited.get(loginId) };
      },
      async updateUser(loginId, change) {
        sent.push(change);
        edited.set(loginId, { ...edited.get(loginId), ...change });
      },
    };
  };
}

describe("on a platform that edits names and roles", () => {
  const sent: UserChange[] = [];
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({}, { platform: withEditableNamesAndRoles(sent) });
  });
  afterAll(() => h.close());

  it("changes the first name and the roles as a whole set, audited before → after", async () => {
    const res = await patchAs(h, "admin", WANDA, { firstName: "Wendy", roles: ["Supervisor", "Agent"], expected: { firstName: "Wanda", roles: ["Agent"] } });

    expect(res.status, res.text).toBe(200);
    expect(UserSchema.parse(res.body)).toMatchObject({ firstName: "Wendy", roles: ["Supervisor", "Agent"] });
    expect(sent.at(-1)).toEqual({ firstName: "Wendy", roles: ["Supervisor", "Agent"] });
    const admin = await h.signIn("admin");
    const [record] = (await admin.agent.get(`/api/audit?target=${WANDA}&action=user.update&limit=1`)).body.records;
    expect(record).toMatchObject({ outcome: "succeeded", changes: { before: { firstName: "Wanda", roles: ["Agent"] }, after: { firstName: "Wendy", roles: ["Supervisor", "Agent"] } } });
  });

  it("takes the same roles in another order as no change, and sends nothing", async () => {
    const count = sent.length;
    const res = await patchAs(h, "admin", WANDA, { roles: ["Agent", "Supervisor"], expected: { roles: ["Supervisor", "Agent"] } });
    expect(res.status, res.text).toBe(200);
    expect(sent).toHaveLength(count);
  });

  it("does not overwrite roles someone else changed since the editor loaded them", async () => {
    const res = await patchAs(h, "admin", WANDA, { roles: ["Agent"], expected: { roles: ["Agent"] } });
    const conflict = EditConflictSchema.parse(expectProblem(res, 409));
    expect(conflict.conflicts).toEqual(["roles"]);
    expect(conflict.detail).toContain("the roles");
    expect(conflict.current.roles).toEqual(["Supervisor", "Agent"]);
  });

  it("lets a supervisor change names but not roles, which only an admin may (403, nothing sent)", async () => {
    const count = sent.length;
    const roles = await patchAs(h, "supervisor", WANDA, { roles: ["Agent", "Admin"], expected: { roles: ["Supervisor", "Agent"] } });
    expect(expectProblem(roles, 403).detail).toBe("Only an admin may change a user's roles.");
    expect(sent).toHaveLength(count);

    const name = await patchAs(h, "supervisor", WANDA, { lastName: "Bùi", expected: { lastName: "Bui" } });
    expect(name.status, name.text).toBe(200);
    expect(sent.at(-1)).toEqual({ lastName: "Bùi" });
  });

  it("still refuses a field this platform lacks (the team)", async () => {
    const res = await patchAs(h, "supervisor", WANDA, { team: "Billing", expected: { team: "Customer Service" } });
    expect(expectProblem(res, 400).errors?.[0]?.field).toBe("team");
  });
});
