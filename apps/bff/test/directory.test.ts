import { get, type IncomingHttpHeaders } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DirectoryResponseSchema } from "@switchboard/contracts";
import { startHarness, type Harness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

describe("GET /api/directory", () => {
  it("is 401 without a session", async () => {
    const res = await h.request().get("/api/directory");
    expect(res.status).toBe(401);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
  });

  it("lists every user of the tenant with extension and DID, Eric Chen among them", async () => {
    const { agent } = await h.signIn("viewer");
    const res = await agent.get("/api/directory");
    expect(res.status).toBe(200);
    const { users } = DirectoryResponseSchema.parse(res.body);
    expect(users.length).toBeGreaterThanOrEqual(60);
    expect(users).toContainEqual(expect.objectContaining({ loginId: "eric.chen", firstName: "Eric", lastName: "Chen" }));
    expect(users.some((u) => u.did !== null)).toBe(true);
    expect(new Set(users.map((u) => u.loginId)).size).toBe(users.length);
  });

  it("answers 304 to a revalidation with its ETag", async () => {
    const { agent } = await h.signIn("viewer");
    const first = await agent.get("/api/directory");
    const etag = String(first.headers["etag"]);
    expect(etag).toMatch(/^"/);
    const again = await agent.get("/api/directory").set("If-None-Match", etag);
    expect(again.status).toBe(304);
  });

  it("sends the same list brotli- or gzip-compressed, as the browser accepts", async () => {
    const { agent, response } = await h.signIn("viewer");
    const cookie = (response.headers["set-cookie"]?.[0] ?? "").split(";")[0] ?? "";
    const plain = await agent.get("/api/directory").set("Accept-Encoding", "identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    for (const [encoding, decode] of [["br", brotliDecompressSync], ["gzip", gunzipSync]] as const) {
      // Raw HTTP: clients that decode for us would hide which encoding travelled.
      const raw = await new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        get(`${h.baseUrl}/api/directory`, { headers: { cookie, "accept-encoding": encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        }).on("error", reject);
      });
      expect(raw.headers["content-encoding"]).toBe(encoding);
      expect(raw.headers["vary"]).toMatch(/Accept-Encoding/);
      expect(JSON.parse(decode(raw.body).toString("utf8"))).toEqual(plain.body);
    }
  });
});
