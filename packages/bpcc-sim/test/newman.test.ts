import newman from "newman";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "../src/index.ts";
import { loadCollection } from "./collection.ts";

// Postman's own runner plays the seed collection against a fresh simulator, request by request
// in its own order, with its bodies untouched. Filled in, as a person using the collection
// would: the host, the credentials (grant_type included — the collection leaves it blank and
// says it must be client_credentials), the username, and the token the first request returns.

const USERNAME = "testuser006"; // the user the collection's own Create User request makes

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ users: 500 });
});
afterAll(() => sim.close());

describe("the seed collection run by newman", () => {
  it("passes every request, in order, against a fresh simulator", async () => {
    const { raw, items } = loadCollection();
    const summary = await runNewman(fillPlaceholders(raw), {
      baseUrl: sim.baseUrl,
      username: USERNAME,
      clientId: sim.credentials.clientId,
      clientSecret: sim.credentials.clientSecret,
      scope: sim.credentials.scope,
    });

    expect(summary.run.failures.map((failure) => failure.error.message)).toEqual([]);
    const executions = summary.run.executions;
    expect(executions.map((execution) => execution.item.name)).toEqual(items.map((item) => item.name));
    const answers = new Map(
      executions.map((execution) => {
        expect(execution.requestError, execution.item.name).toBeUndefined();
        expect(execution.response?.code, execution.item.name).toBe(200);
        return [execution.item.name.trim(), execution.response?.stream.toString("utf8") ?? ""];
      }),
    );

    expect(JSON.parse(answers.get("Get Access Token") ?? "")).toMatchObject({ token_type: "Bearer", expires_in: "3600" });
    for (const name of ["Create User", "Update User", "Delete User"]) expect(answers.get(name), name).toBe("OK");
    expect(JSON.parse(answers.get("Get User Data") ?? "")).toMatchObject({
      loginId: USERNAME,
      team: "Support Team",
      skills: { Support: 100, Mobile: 100, Cable: 70 },
      loginInfo: { isLoggedIn: false },
    });
    expect(answers.get("Get User Lock State")).toBe('{"lockedOut":false}');
    expect(answers.get("Clear User Lock State")).toBe('{"lockedOut":false}');
    expect(JSON.parse(answers.get("Get Teams") ?? "")).toEqual(expect.arrayContaining([{ name: "Accounting" }]));
    const directory: Array<{ loginId: string }> = JSON.parse(answers.get("Get Directory") ?? "");
    expect(directory.some((entry) => entry.loginId === "eric.chen")).toBe(true);
    // Deleted two requests earlier: the directory reflects it.
    expect(directory.some((entry) => entry.loginId === USERNAME)).toBe(false);
    expect(JSON.parse(answers.get("Get Access Numbers") ?? "")).toEqual(
      expect.arrayContaining([{ number: "16505555555", media: "voice_text", type: "scenario", scenario: "Main Inbound" }]),
    );
    // Each documented endpoint was reached exactly once, and nothing else.
    expect(Object.values(sim.control.callCounts())).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0]);
  }, 30_000);
});

/**
 * An in-memory copy with the collection's placeholders turned into variables: the
 * `https://:tenant_url` host, `:username`, `Bearer <token>` and the empty token form values.
 * A test script on the token request keeps the token, as a person would paste it.
 */
function fillPlaceholders(raw: unknown): unknown {
  const copy: unknown = structuredClone(raw);
  visitRequests(copy, (item, request) => {
    if (typeof request["url"] === "string") {
      request["url"] = request["url"].replace(/^https:\/\/:[A-Za-z_-]+/, "{{baseUrl}}").replace(":username", "{{username}}");
    }
    for (const header of records(request["header"])) {
      if (header["key"] === "Authorization") header["value"] = "Bearer {{token}}";
    }
    const body = request["body"];
    if (isRecord(body)) {
      const form: Record<string, string> = {
        client_id: "{{clientId}}",
        client_secret: "{{clientSecret}}",
        scope: "{{scope}}",
        grant_type: "client_credentials",
      };
      for (const field of records(body["urlencoded"])) {
        const key = String(field["key"]);
        if (key in form) field["value"] = form[key];
      }
      if (records(body["urlencoded"]).length > 0) {
        item["event"] = [
          { listen: "test", script: { type: "text/javascript", exec: ["pm.collectionVariables.set('token', pm.response.json().access_token);"] } },
        ];
      }
    }
  });
  return copy;
}

function visitRequests(node: unknown, visit: (item: Record<string, unknown>, request: Record<string, unknown>) => void): void {
  if (!isRecord(node)) return;
  if (isRecord(node["request"])) visit(node, node["request"]);
  for (const child of records(node["item"])) visitRequests(child, visit);
}

function runNewman(collection: unknown, variables: Record<string, string>) {
  const values = Object.entries(variables).map(([key, value]) => ({ key, value, enabled: true }));
  return new Promise<Parameters<Parameters<typeof newman.run>[1]>[1]>((resolve, reject) => {
    newman.run({ collection, environment: { values }, reporters: [], timeoutRequest: 10_000 }, (error, summary) =>
      error ? reject(error) : resolve(summary),
    );
  });
}

function records(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
