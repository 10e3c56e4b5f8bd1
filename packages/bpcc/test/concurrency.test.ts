import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { API, readBearer, useStubUpstreams } from "./stub-upstream.ts";

const start = useStubUpstreams();

describe("concurrency", () => {
  it("keeps at most `concurrency` upstream calls in flight, and still answers every call", async () => {
    let inFlight = 0;
    let peak = 0;
    const stub = await start((app) => {
      app.get(`${API}/user/:username`, async (req, res) => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await sleep(20);
        inFlight -= 1;
        res.json({ loginId: req.params.username });
      });
    });
    const client = stub.createClient({ concurrency: 3 });
    const names = Array.from({ length: 12 }, (_, index) => `agent${index}`);
    const users = await Promise.all(names.map((name) => client.getUser(name)));
    expect(users.map((user) => user.loginId)).toEqual(names);
    expect(peak).toBe(3);
  });

  it("does not deadlock when every slot waits for a token that a 401 forced it to renew", async () => {
    const stub = await start((app) => {
      app.get(`${API}/team`, (req, res) => {
        if (readBearer(req) === "token-1") return void res.status(401).send("revoked");
        res.json([{ name: "Support" }]);
      });
    });
    const client = stub.createClient({ concurrency: 2 });
    const answers = await Promise.all(Array.from({ length: 6 }, () => client.listTeams()));
    expect(answers).toHaveLength(6);
    expect(stub.tokenRequests()).toHaveLength(2);
  });
});
