import { randomBytes } from "node:crypto";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createLogger } from "../../src/logging/logger.ts";
import { SAME_ORIGIN, startHarness, type Harness } from "../harness.ts";
import type { Reply } from "./support.ts";

// Guarantee 9: logs are pino JSON lines, each request's with its request id; passwords, cookies,
// tokens and secrets never appear in them.

const sentinel = (name: string) => `Sentinel${name}${randomBytes(10).toString("hex")}`;
const PASSWORD_SENT = sentinel("Password");
const COOKIE_SENT = sentinel("Cookie");
const BEARER_SENT = sentinel("Bearer");
const CSRF_SENT = sentinel("Csrf");
const QUERY_SENT = sentinel("Query");

const RequestLineSchema = z.object({
  level: z.number(),
  time: z.string(),
  service: z.literal("switchboard-bff"),
  req: z.object({ id: z.string(), method: z.string(), path: z.string() }),
  res: z.object({ statusCode: z.number() }),
});

let h: Harness;
const replies: Reply[] = [];
beforeAll(async () => {
  h = await startHarness();
  const { agent, csrfToken } = await h.signIn("admin");
  const secretHeaders = { Cookie: `switchboard_session=${COOKIE_SENT}`, Authorization: `Bearer ${BEARER_SENT}`, "X-CSRF-Token": CSRF_SENT };
  replies.push(
    await h.request().post("/api/session").set(SAME_ORIGIN).send({ username: "admin", password: PASSWORD_SENT }),
    await h.request().post("/api/session").set(SAME_ORIGIN).set(secretHeaders).send({ username: "viewer", password: PASSWORD_SENT }),
    await h.request().get("/api/directory").set(secretHeaders),
    await agent.get(`/api/audit?actor=${QUERY_SENT}`),
    await agent.get("/api/session").set("X-Request-Id", "caller-chosen-id-42"),
    await agent.get("/api/session").set("X-Request-Id", "not a valid id; it has spaces"),
    await agent.delete("/api/session").set(SAME_ORIGIN).set("X-CSRF-Token", csrfToken),
  );
  // A failure on our side: the platform answers 500 to a user's read.
  const viewer = await h.signIn("viewer");
  h.sim.control.setErrorRate({ endpoint: "GET /user/:username", rate: 1, count: 1, status: 500 });
  replies.push(await viewer.agent.get("/api/users/frank.zappa").set("X-Request-Id", "failing-read-0001"));
  h.sim.control.clearFaults();
});
afterAll(async () => h.close());

const lines = () => h.logLines.join("").split("\n").filter((line) => line.length > 0);

describe("the log", () => {
  it("is one JSON object per line", () => {
    expect(lines().length).toBeGreaterThanOrEqual(replies.length);
    for (const line of lines()) expect(() => z.record(z.string(), z.unknown()).parse(JSON.parse(line))).not.toThrow();
  });

  it("has one line per request, carrying the request id the client got back", () => {
    const requestLines = lines()
      .map((line) => RequestLineSchema.safeParse(JSON.parse(line)))
      .flatMap((parsed) => (parsed.success ? [parsed.data] : []));
    for (const res of replies) {
      const id = String(res.headers["x-request-id"]);
      expect(requestLines.filter((line) => line.req.id === id), id).toEqual([expect.objectContaining({ res: { statusCode: res.status } })]);
    }
  });

  it("says why a request failed on our side, in an error line carrying that request's id, method and path", () => {
    const failed = replies.at(-1);
    expect(failed?.status).toBeGreaterThanOrEqual(500);
    const ofIt = lines()
      .map((line) => z.looseObject({ level: z.number(), msg: z.string(), req: z.looseObject({ id: z.string() }) }).safeParse(JSON.parse(line)))
      .flatMap((parsed) => (parsed.success && parsed.data.req.id === "failing-read-0001" ? [parsed.data] : []));
    expect(ofIt).toEqual([
      expect.objectContaining({ level: 50, msg: "request failed", req: { id: "failing-read-0001", method: "GET", path: "/api/users/frank.zappa" } }),
      expect.objectContaining({ level: 50, msg: "request errored", res: { statusCode: failed?.status }, req: { id: "failing-read-0001", method: "GET", path: "/api/users/frank.zappa" } }),
    ]);
  });

  it("keeps a well-formed caller's request id, and replaces one that is not", () => {
    expect(replies[4]?.headers["x-request-id"]).toBe("caller-chosen-id-42");
    expect(replies[5]?.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("never holds a password, a cookie, a token, a CSRF token or a query string", () => {
    const all = lines().join("\n");
    for (const secret of [PASSWORD_SENT, COOKIE_SENT, BEARER_SENT, CSRF_SENT, QUERY_SENT]) expect(all).not.toContain(secret);
  });
});

describe("the logger", () => {
  it("redacts secret fields wherever code puts them, top level included", () => {
    const written: string[] = [];
    const logger = createLogger("info", new Writable({ write: (chunk: Buffer, _e, done) => (written.push(chunk.toString()), done()) }));
    logger.info(
      {
        password: "p-top",
        clientSecret: "s-top",
        token: "t-top",
        account: { password: "p-nested", csrfToken: "c-nested" },
        req: { headers: { cookie: "c-header", authorization: "Bearer a-header" } },
        err: { config: { access_token: "t-deep" } },
      },
      "something happened",
    );
    const line = written.join("");
    for (const secret of ["p-top", "s-top", "t-top", "p-nested", "c-nested", "c-header", "a-header", "t-deep"]) expect(line).not.toContain(secret);
    expect(JSON.parse(line)).toMatchObject({ password: "[redacted]", account: { password: "[redacted]" }, msg: "something happened" });
  });
});
