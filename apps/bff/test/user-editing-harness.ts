import { afterAll, beforeAll, beforeEach } from "vitest";
import { AuditPageSchema, UserSchema, type Role } from "@switchboard/contracts";
import { SAME_ORIGIN, startHarness, type Harness } from "./harness.ts";

// Shared by the PATCH /api/users/:loginId suites: a BFF whose upstream calls pass through a
// recording proxy, so a test can see exactly what the platform received.

// Wanda Bui, seeded: team Customer Service, skills {Support: 100, Mobile: 100, Cable: 70}, disabled.
export const WANDA = "wandabui";

/** Registers the suite's hooks; call once at the top of a test file. */
export function useUserEditingHarness() {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({}, { client: { timeoutMs: 1_000, retries: 1, maxBackoffMs: 20 }, recordUpstream: true });
  });
  afterAll(async () => h.close());
  beforeEach(() => {
    h.sim.control.reset();
    h.upstreamCalls().length = 0;
  });

  async function as(role: Role) {
    const { agent, csrfToken } = await h.signIn(role);
    return {
      patch: (loginId: string, body: object) => agent.patch(`/api/users/${encodeURIComponent(loginId)}`).set(SAME_ORIGIN).set("X-CSRF-Token", csrfToken).send(body),
      get: async (loginId: string) => UserSchema.parse((await agent.get(`/api/users/${encodeURIComponent(loginId)}`)).body),
    };
  }

  async function latestAudit(target: string) {
    const admin = await h.signIn("admin");
    const [record] = AuditPageSchema.parse((await admin.agent.get(`/api/audit?target=${target}&limit=1`)).body).records;
    return record;
  }

  return { harness: () => h, as, updatesSentFor: (loginId: string) => h.updatesSentFor(loginId), latestAudit };
}
