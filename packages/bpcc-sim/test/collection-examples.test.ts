import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { API, startTestTenant, type TestTenant } from "./helpers.ts";
import {
  examplePath,
  headerValue,
  loadCollection,
  parseExampleBody,
  type PostmanExample,
  type PostmanItem,
} from "./collection.ts";

// Every example response of the seed collection, replayed verbatim (only the host and the
// token filled in) against a simulator that holds the example's own credentials.

const { items } = loadCollection();
const EXAMPLE_CREDENTIALS = {
  clientId: "admin",
  clientSecret: "X0vhlwMc6YoEbQDDqQGM9nOw8p7v9110rjTL1COxGBnpIAZvY6ryrrBQT5N28qS9",
  scope: "yourcompany.brightpattern.com",
};

let tenant: TestTenant;
beforeAll(async () => {
  tenant = await startTestTenant({ users: 200, ...EXAMPLE_CREDENTIALS });
});
afterAll(() => tenant.sim.close());
beforeEach(() => tenant.sim.control.reset());

interface Contract {
  prepare?: () => Promise<void>;
  check(response: Response, text: string, example: PostmanExample): Promise<void> | void;
}

const createItem = (): PostmanItem => findItem("Create User");
const createTestUser005 = async (): Promise<void> => {
  const created = await replay(createItem().response[0]!);
  expect(created.status).toBe(200);
};
const lockTestUser005 = async (): Promise<void> => {
  await createTestUser005();
  for (let attempt = 0; attempt < 6; attempt++) tenant.sim.control.recordFailedSignIn("testuser005");
};

const CONTRACTS: Record<string, Contract> = {
  "Get Access Token": {
    check(response, text, example) {
      const body = JSON.parse(text);
      const documented = JSON.parse(example.body);
      expect(Object.keys(body)).toEqual(Object.keys(documented));
      expect(body).toMatchObject({ token_type: "Bearer", expires_in: documented.expires_in, scope: documented.scope });
      expect(body.access_token).toMatch(/^[0-9A-F]{64}$/);
    },
  },
  "Create User": {
    async check(response, text, example) {
      expectBareOk(response, text, example);
      const user = await getUser("testuser005");
      expect(user).toMatchObject({
        loginId: "testuser005",
        extension: "2005",
        team: "Support Team",
        changePassword: true,
        disabled: false,
        skills: { Support: 100, Mobile: 100, Cable: 70 },
        roles: ["Agent"],
        email: "testuser005@nowhere.net",
        workPhone: "6373335656",
        mobilePhone: "6374128990",
      });
    },
  },
  "Get User Data": {
    prepare: createTestUser005,
    async check(response, text, example) {
      const documented = parseExampleBody(example.body);
      expect(response.headers.get("content-type")).toBe("application/json");
      expect(Object.keys(JSON.parse(text))).toEqual(expect.arrayContaining(Object.keys(asRecord(documented))));
      // The example shows frank.zappa; the tenant holds him exactly as documented.
      expect(await getUser("frank.zappa")).toEqual(documented);
    },
  },
  "Update User ": {
    async check(response, text, example) {
      expectBareOk(response, text, example);
      expect(await getUser("testuser004")).toMatchObject({ disabled: true, team: "Accounting" });
    },
  },
  "Get User Lock State": {
    prepare: lockTestUser005,
    check: expectSameCompactJson,
  },
  "Clear User Lock State": {
    prepare: lockTestUser005,
    async check(response, text, example) {
      expectSameCompactJson(response, text, example);
      const after = await tenant.http.get(`${API}/user/lock/testuser005`).set(tenant.auth);
      expect(after.text).toBe('{"lockedOut":false}');
    },
  },
  "Delete User": {
    async check(response, text, example) {
      expectBareOk(response, text, example);
      const gone = await tenant.http.get(`${API}/user/eric.chen`).set(tenant.auth);
      expect([gone.status, gone.text]).toEqual([404, "user not found"]);
    },
  },
  "Get Teams": {
    check(_response, text, example) {
      const teams: Array<Record<string, unknown>> = JSON.parse(text);
      for (const team of teams) expect(Object.keys(team)).toEqual(["name"]);
      expect(teams).toEqual(expect.arrayContaining(JSON.parse(example.body)));
    },
  },
  "Get Directory": {
    prepare: createTestUser005,
    check: expectAllDocumentedEntries,
  },
  "Get Access Numbers": {
    check: expectAllDocumentedEntries,
  },
};

describe("the seed collection's examples", () => {
  it("has a contract for every request in the collection", () => {
    expect(Object.keys(CONTRACTS).sort()).toEqual(items.map((item) => item.name).sort());
  });

  for (const item of items) {
    for (const example of item.response) {
      it(`${item.name.trim()}: "${example.name}" answers as documented`, async () => {
        const contract = CONTRACTS[item.name];
        if (!contract) throw new Error(`no contract for ${item.name}`);
        await contract.prepare?.();
        const response = await replay(example);
        const text = await response.text();
        expect(response.status, text).toBe(example.code);
        await contract.check(response, text, example);
      });
    }
  }
});

/** Sends the example's original request as written; only the host and the masked token change. */
async function replay(example: PostmanExample): Promise<Response> {
  const request = example.originalRequest;
  const headers = new Headers();
  for (const { key, value } of request.header) {
    headers.set(key, key.toLowerCase() === "authorization" ? `Bearer ${tenant.token}` : value);
  }
  let body: string | undefined;
  if (request.body?.mode === "raw") body = request.body.raw;
  if (request.body?.mode === "urlencoded") body = new URLSearchParams((request.body.urlencoded ?? []).map((p): [string, string] => [p.key, p.value])).toString();
  return fetch(`${tenant.sim.baseUrl}${examplePath(request)}`, { method: request.method, headers, body: body ?? null });
}

function expectBareOk(response: Response, text: string, example: PostmanExample): void {
  expect(text).toBe(example.body);
  expect(response.headers.get("content-type")).toBe(headerValue(example.header, "Content-Type"));
  expect(response.headers.get("content-length")).toBe(headerValue(example.header, "Content-Length"));
}

/** The tenant sends compact JSON: the example's Content-Length (18, 19) is that of the compact form. */
function expectSameCompactJson(response: Response, text: string, example: PostmanExample): void {
  expect(text).toBe(JSON.stringify(JSON.parse(example.body)));
  expect(response.headers.get("content-type")).toBe("application/json");
  expect(response.headers.get("content-length")).toBe(headerValue(example.header, "Content-Length"));
}

function expectAllDocumentedEntries(response: Response, text: string, example: PostmanExample): void {
  expect(response.headers.get("content-type")).toBe("application/json");
  expect(JSON.parse(text)).toEqual(expect.arrayContaining(JSON.parse(example.body)));
}

async function getUser(loginId: string): Promise<unknown> {
  const response = await tenant.http.get(`${API}/user/${encodeURIComponent(loginId)}`).set(tenant.auth).expect(200);
  return JSON.parse(response.text);
}

function findItem(name: string): PostmanItem {
  const item = items.find((candidate) => candidate.name === name);
  if (!item) throw new Error(`the collection has no request called ${name}`);
  return item;
}

function asRecord(value: unknown): Record<string, unknown> {
  if (typeof value !== "object" || value === null) throw new Error("expected an object");
  return Object.fromEntries(Object.entries(value));
}
