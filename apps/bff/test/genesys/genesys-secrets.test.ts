import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GenesysError } from "@switchboard/genesys";
import { toAppError } from "../../src/errors/upstream-problem.ts";
import { SAME_ORIGIN, startGenesysHarness, type GenesysHarness } from "../harness.ts";

// On Genesys, Switchboard's GWS password (and the Basic credentials, JSESSIONID and CSRF token built
// from it) reaches no browser, log line or error body, whatever fails.

const GWS_PASSWORD = `SentinelGwsPassword${randomBytes(12).toString("hex")}`;
const basic = (username: string, password: string) => Buffer.from(`${username}:${password}`).toString("base64");

let h: GenesysHarness;
let wrong: GenesysHarness;
const bodies: string[] = [];

async function everything(harness: GenesysHarness) {
  const { agent, csrfToken } = await harness.signIn("admin");
  const changing = { ...SAME_ORIGIN, "X-CSRF-Token": csrfToken };
  const keep = async (pending: PromiseLike<{ text: string; headers: Record<string, unknown> }>) => {
    const res = await pending;
    bodies.push(res.text, JSON.stringify(res.headers));
  };
  await keep(agent.get("/api/directory"));
  await keep(agent.get("/api/users/nobody@example.com"));
  await keep(agent.post("/api/users").set(changing).send({ loginId: "leak.check@example.com", firstName: "Leak", lastName: "Check", team: "-", password: GWS_PASSWORD }));
  harness.sim.control.setErrorRate({ endpoint: "all", rate: 1 });
  await keep(agent.get("/api/users/leak.check@example.com"));
  harness.sim.control.clearFaults();
  harness.sim.control.rotateCsrfToken();
  await keep(agent.delete("/api/users/leak.check@example.com").set(changing));
  await keep(agent.get("/api/ready"));
}

beforeAll(async () => {
  h = await startGenesysHarness({ directoryTtlMs: 0 }, { sim: { password: GWS_PASSWORD }, client: { timeoutMs: 500, retries: 0 } });
  wrong = await startGenesysHarness({ directoryTtlMs: 0 }, { sim: { password: `${GWS_PASSWORD}x` }, client: { password: GWS_PASSWORD, retries: 0 } });
  await everything(h);
  await everything(wrong);
});
afterAll(async () => {
  await h.close();
  await wrong.close();
});

describe("the GWS password on Genesys", () => {
  const secrets = () => [GWS_PASSWORD, basic(h.sim.credentials.username, GWS_PASSWORD), encodeURIComponent(GWS_PASSWORD)];

  it("is in no answer, header or error body", () => {
    expect(bodies.length).toBeGreaterThan(10);
    for (const secret of secrets()) for (const body of bodies) expect(body).not.toContain(secret);
  });

  it("is in no log line", () => {
    const lines = [...h.logLines, ...wrong.logLines];
    expect(lines.length).toBeGreaterThan(0);
    for (const secret of secrets()) for (const line of lines) expect(line).not.toContain(secret);
  });

  it("wrong credentials say which settings to check, not the password", async () => {
    const { agent } = await wrong.signIn("viewer");
    const res = await agent.get("/api/directory");
    expect(res.status, res.text).toBe(502);
    expect(res.body).toMatchObject({ type: "/problems/upstream-credentials" });
    expect(res.body.detail).toMatch(/GWS_USERNAME and GWS_PASSWORD/);
  });
});

describe("GWS refusals as problems", () => {
  it("forbidden (codes 3, 5): the API user lacks a role — a 502 that says so, never not found", () => {
    const problem = toAppError(new GenesysError("GWS createUser: no permission", { kind: "forbidden", code: 5, status: 403, upstreamMessage: "No permission" }));
    expect(problem).toMatchObject({ status: 502, type: "/problems/upstream-forbidden" });
    expect(problem.message).toMatch(/refused Switchboard's API user/);
    expect(problem.message).not.toMatch(/not found/i);
  });

  it("a conflict on userName lands on loginId, a validation on its field", () => {
    expect(toAppError(new GenesysError("taken", { kind: "conflict", code: 18, field: "userName" })).errors).toEqual([expect.objectContaining({ field: "loginId" })]);
    expect(toAppError(new GenesysError("bad", { kind: "validation", code: 10, field: "firstName" }))).toMatchObject({ status: 400, errors: [expect.objectContaining({ field: "firstName" })] });
    expect(toAppError(new GenesysError("bad", { kind: "validation", code: 10 })).errors).toBeUndefined();
  });
});
