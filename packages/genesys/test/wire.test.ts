import { describe, expect, it } from "vitest";
import {
  API,
  catchGenesysError,
  CSRF_HEADER,
  makeUser,
  mountGwsSession,
  SESSION_ID,
  TEST_PASSWORD,
  TEST_USER,
  USER_ID,
  useStubUpstreams,
} from "./stub-upstream.ts";

// What every GWS call carries: HTTP Basic credentials, the session cookie the server set, and with
// CSRF protection on, the header the server named on every write.

const start = useStubUpstreams();
const BASIC = `Basic ${Buffer.from(`${TEST_USER}:${TEST_PASSWORD}`).toString("base64")}`;
const csrfHeader = CSRF_HEADER.toLowerCase();

function mountUserRoutes(app: Parameters<typeof mountGwsSession>[0]) {
  app.get(`${API}/users/:id`, (req, res) => void res.json({ statusCode: 0, user: makeUser({ id: req.params.id }) }));
  app.post(`${API}/users/:id`, (_req, res) => void res.json({ statusCode: 0 }));
  app.delete(`${API}/users/:id`, (_req, res) => void res.json({ statusCode: 0 }));
}

describe("the GWS wire", () => {
  it("sends HTTP Basic credentials on every call, under the base URL's context path", async () => {
    const stub = await start((app) => {
      mountGwsSession(app, { csrf: false });
      mountUserRoutes(app);
    });
    const client = stub.createClient();

    await client.getUser(USER_ID);
    await client.updateUser(USER_ID, { firstName: "Anne" });
    await client.deleteUser(USER_ID);

    expect(stub.requests.map((request) => `${request.method} ${request.rawPath}`)).toEqual([
      `GET ${API}/users/${USER_ID}`,
      `POST ${API}/users/${USER_ID}`,
      `DELETE ${API}/users/${USER_ID}`,
    ]);
    for (const request of stub.requests) expect(request.headers.authorization).toBe(BASIC);
  });

  it("keeps the JSESSIONID cookie the server sets and sends it back", async () => {
    const stub = await start((app) => {
      mountGwsSession(app, { csrf: false });
      mountUserRoutes(app);
    });
    const client = stub.createClient();

    await client.getUser(USER_ID);
    await client.getUser(USER_ID);
    await client.deleteUser(USER_ID);

    expect(stub.requests.map((request) => request.headers.cookie)).toEqual([undefined, `JSESSIONID=${SESSION_ID}`, `JSESSIONID=${SESSION_ID}`]);
  });

  it("works with CSRF protection off: no CSRF header is invented", async () => {
    const stub = await start((app) => {
      mountGwsSession(app, { csrf: false });
      mountUserRoutes(app);
    });
    const client = stub.createClient();

    await client.getMe();
    await client.updateUser(USER_ID, { lastName: "Lee-Smith" });

    expect(stub.requests.every((request) => request.headers[csrfHeader] === undefined)).toBe(true);
  });

  it("sends the CSRF header a GET named on every write, and not on reads", async () => {
    const stub = await start((app) => {
      mountGwsSession(app);
      mountUserRoutes(app);
    });
    const client = stub.createClient();

    await client.getMe();
    await client.updateUser(USER_ID, { firstName: "Anne" });
    await client.deleteUser(USER_ID);
    await client.getUser(USER_ID);

    const [me, update, remove, read] = stub.requests;
    expect(me?.headers[csrfHeader]).toBeUndefined();
    expect(update?.headers[csrfHeader]).toBe("csrf-SENTINEL-1");
    expect(remove?.headers[csrfHeader]).toBe("csrf-SENTINEL-1");
    expect(read?.headers[csrfHeader]).toBeUndefined();
    expect(stub.requests).toHaveLength(4);
  });

  it("on a 403 for the CSRF token, fetches it again from /me once and sends the write once more", async () => {
    const stub = await start((app) => {
      mountGwsSession(app);
      mountUserRoutes(app);
    });
    const client = stub.createClient();

    // No GET yet: the first write goes without a token, as it would after the server rotated it.
    await client.updateUser(USER_ID, { roles: ["ROLE_ADMIN", "ROLE_AGENT"] });

    expect(stub.requests.map((request) => `${request.method} ${request.rawPath} ${request.headers[csrfHeader] ?? "-"}`)).toEqual([
      `POST ${API}/users/${USER_ID} -`,
      `GET ${API}/me -`,
      `POST ${API}/users/${USER_ID} csrf-SENTINEL-1`,
    ]);
  });

  it("refreshes a rotated token, and one refresh serves every write refused at the same time", async () => {
    let session: ReturnType<typeof mountGwsSession> | undefined;
    const stub = await start((app) => {
      session = mountGwsSession(app);
      mountUserRoutes(app);
    });
    const client = stub.createClient();
    await client.getMe();
    if (session) session.token = "rotated-by-the-server";

    await Promise.all([client.deleteUser(USER_ID), client.updateUser(USER_ID, { firstName: "Anne" })]);

    expect(stub.requests.filter((request) => request.rawPath === `${API}/me`)).toHaveLength(2);
    expect(stub.dataRequests()).toHaveLength(4);
  });

  it("never loops: a write refused again after one refresh fails as forbidden", async () => {
    const stub = await start((app) => {
      app.get(`${API}/me`, (_req, res) => {
        res.set({ "X-CSRF-HEADER": CSRF_HEADER, "X-CSRF-TOKEN": "fixed-token" }).json({ statusCode: 0, user: makeUser() });
      });
      mountGwsSession(app, { csrf: false });
      app.delete(`${API}/users/:id`, (_req, res) => void res.status(403).json({ statusCode: "3", statusMessage: "Missing or invalid Csrf token" }));
    });
    const client = stub.createClient();

    const error = await catchGenesysError(client.deleteUser(USER_ID));

    expect(error).toMatchObject({ kind: "forbidden", code: 3, status: 403, upstreamMessage: "Missing or invalid Csrf token" });
    expect(stub.requests.map((request) => `${request.method} ${request.headers[csrfHeader] ?? "-"}`)).toEqual(["DELETE -", "GET -", "DELETE fixed-token"]);
  });

  it("does not refresh for a 403 that is not about the token", async () => {
    const stub = await start((app) => {
      mountGwsSession(app, { csrf: false });
      app.delete(`${API}/users/:id`, (_req, res) => void res.status(403).json({ statusCode: 5, statusMessage: "No permission" }));
    });

    const error = await catchGenesysError(stub.createClient().deleteUser(USER_ID));

    expect(error).toMatchObject({ kind: "forbidden", code: 5 });
    expect(stub.requests).toHaveLength(1);
  });

  it("reports wrong credentials as credentials_rejected", async () => {
    const stub = await start((app) => mountGwsSession(app));

    const error = await catchGenesysError(stub.createClient({ password: "wrong" }).getMe());

    expect(error).toMatchObject({ kind: "credentials_rejected", code: 20, status: 401 });
    expect(error.message).toContain("check GWS_USERNAME and GWS_PASSWORD");
  });
});
