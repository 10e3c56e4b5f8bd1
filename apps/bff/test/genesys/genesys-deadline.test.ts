import { afterAll, beforeAll, expect, it } from "vitest";
import { startGenesysHarness, type GenesysHarness } from "../harness.ts";

// The Genesys adapter passes the request's deadline with every client call (decision 014): a GWS
// that never answers is a 504 at the deadline, not after every attempt's timeout.

let h: GenesysHarness;
beforeAll(async () => {
  h = await startGenesysHarness({ requestDeadlineMs: 400, directoryTtlMs: 0 }, { client: { timeoutMs: 5_000, retries: 3 } });
});
afterAll(async () => h.close());

it("a hanging GWS answers 504 at the request's deadline", async () => {
  const { agent } = await h.signIn("viewer");
  h.sim.control.hang({ endpoint: "GET /users" });
  const started = Date.now();
  const res = await agent.get("/api/directory");
  expect(res.status, res.text).toBe(504);
  expect(res.body.type).toBe("/problems/upstream-timeout");
  expect(Date.now() - started).toBeLessThan(2_500);
  h.sim.control.clearFaults();
});
