import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { API, catchBpccError, readBearer, TEST_SECRET, useStubUpstreams, type StubUpstream } from "./stub-upstream.ts";

const start = useStubUpstreams();

/** Accepts only the tokens in `accepted`; anything else gets BPCC's 401. */
function mountTeams(app: StubUpstream["app"], accepted: (token: string | undefined) => boolean): void {
  app.get(`${API}/team`, (req, res) => {
    if (!accepted(readBearer(req))) return void res.status(401).type("text/plain").send("invalid token");
    res.json([{ name: "Support" }]);
  });
}

describe("getting a token", () => {
  it("posts the client credentials grant as a form and returns the access token", async () => {
    const stub = await start(() => {});
    expect(await stub.createClient().getToken()).toBe("token-1");
    const [request] = stub.tokenRequests();
    expect(request?.method).toBe("POST");
    expect(request?.headers["content-type"]).toMatch(/^application\/x-www-form-urlencoded/);
    expect(Object.fromEntries(new URLSearchParams(request?.body))).toEqual({
      client_id: "api-user",
      client_secret: TEST_SECRET,
      scope: "example.brightpattern.com",
      grant_type: "client_credentials",
    });
  });

  it("fetches once for many concurrent calls, then reuses the cached token", async () => {
    const stub = await start((app) => {
      app.post(`${API}/oauth/token`, async (_req, res) => {
        await sleep(50);
        res.json({ access_token: "slow-token", expires_in: 3600 });
      });
      mountTeams(app, (token) => token === "slow-token");
    }, { token: false });
    const client = stub.createClient();
    await Promise.all(Array.from({ length: 20 }, () => client.listTeams()));
    await client.listTeams();
    expect(stub.tokenRequests()).toHaveLength(1);
    expect(stub.dataRequests()).toHaveLength(21);
  });
});

describe("a 401 from a data call", () => {
  it("drops the token, fetches a new one and replays the call once", async () => {
    const stub = await start((app) => {
      mountTeams(app, (token) => token !== "token-1");
    });
    expect(await stub.createClient().listTeams()).toEqual([{ name: "Support" }]);
    expect(stub.tokenRequests()).toHaveLength(2);
    expect(stub.dataRequests().map(readBearer)).toEqual(["token-1", "token-2"]);
  });

  it("fails as unauthorized when the replay is refused too, without looping", async () => {
    const stub = await start((app) => {
      mountTeams(app, () => false);
    });
    const error = await catchBpccError(stub.createClient().listTeams());
    expect(error).toMatchObject({ name: "BpccError", kind: "unauthorized", status: 401, upstreamMessage: "invalid token" });
    expect(stub.tokenRequests()).toHaveLength(2);
    expect(stub.dataRequests()).toHaveLength(2);
  });

  it("replays a refused create too, since BPCC did not act on it", async () => {
    const stub = await start((app) => {
      app.post(`${API}/user`, (req, res) => {
        if (readBearer(req) === "token-1") return void res.status(401).send("expired");
        res.type("application/json").send("OK");
      });
    });
    await stub.createClient().createUser({ loginId: "new.user", firstName: "New", lastName: "User", team: "Support" });
    expect(stub.dataRequests()).toHaveLength(2);
  });

  it("shares the new token between concurrent calls refused at the same time", async () => {
    const stub = await start((app) => {
      mountTeams(app, (token) => token !== "token-1");
    });
    const client = stub.createClient();
    await client.getToken();
    await Promise.all(Array.from({ length: 10 }, () => client.listTeams()));
    expect(stub.tokenRequests()).toHaveLength(2);
  });
});

describe("refused credentials", () => {
  it.each([400, 401])("turns a %i from the token endpoint into credentials_rejected naming the settings", async (status) => {
    const stub = await start((app) => {
      app.post(`${API}/oauth/token`, (_req, res) => void res.status(status).json({ error: "invalid_client" }));
    }, { token: false });
    const error = await catchBpccError(stub.createClient().listTeams());
    expect(error).toMatchObject({ kind: "credentials_rejected", status, upstreamMessage: "invalid_client" });
    expect(error.message).toContain("BPCC_CLIENT_ID");
    expect(error.message).toContain("BPCC_CLIENT_SECRET");
    expect(error.message).toContain("BPCC_SCOPE");
    expect(error.message).not.toContain(TEST_SECRET);
    expect(stub.dataRequests()).toHaveLength(0);
  });

  it("reports an unreadable token answer as an upstream fault", async () => {
    const stub = await start((app) => {
      app.post(`${API}/oauth/token`, (_req, res) => void res.json({ token: "no access_token here" }));
    }, { token: false });
    await expect(stub.createClient().getToken()).rejects.toMatchObject({ kind: "upstream", status: 200 });
  });
});
