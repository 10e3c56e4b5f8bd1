import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAME_ORIGIN, startHarness, type Harness } from "../harness.ts";
import type { Reply } from "./support.ts";

// Guarantee 6: on every response — API, SPA, errors, 404s — a strict CSP, nosniff and a referrer
// policy; HSTS over HTTPS; `Cache-Control: no-store` on /api.

let webDist: string;
beforeAll(() => {
  webDist = mkdtempSync(join(tmpdir(), "switchboard-web-"));
  mkdirSync(join(webDist, "assets"));
  writeFileSync(join(webDist, "index.html"), '<!doctype html><html><head><script type="module" src="/assets/app-1a2b3c.js"></script></head><body></body></html>');
  writeFileSync(join(webDist, "assets", "app-1a2b3c.js"), "console.log('switchboard');");
  // A "hidden" source map the build leaves next to the bundle: it must stay on the server.
  writeFileSync(join(webDist, "assets", "app-1a2b3c.js.map"), '{"version":3,"sources":["../src/main.tsx"]}');
  writeFileSync(join(webDist, "app.js.map"), '{"version":3,"sources":["../src/main.tsx"]}');
});
afterAll(() => rmSync(webDist, { recursive: true, force: true }));

function directives(res: Reply): Map<string, string[]> {
  const csp = (res.headers["content-security-policy"] ?? "");
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name ?? "", values]),
  );
}

function expectStrictHeaders(res: Reply): void {
  const csp = directives(res);
  expect(csp.get("default-src")).toEqual(["'self'"]);
  expect(csp.get("script-src")).toEqual(["'self'"]);
  expect(csp.get("object-src")).toEqual(["'none'"]);
  expect(csp.get("base-uri")).toEqual(["'none'"]);
  expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  for (const values of csp.values()) {
    expect(values).not.toContain("'unsafe-inline'");
    expect(values).not.toContain("'unsafe-eval'");
    expect(values).not.toContain("*");
  }
  expect(res.headers["x-content-type-options"]).toBe("nosniff");
  expect(res.headers["referrer-policy"]).toBe("no-referrer");
  expect(res.headers["x-powered-by"]).toBeUndefined();
}

/** One request of each kind the BFF answers. */
async function everyKindOfResponse(h: Harness): Promise<[string, Reply][]> {
  const { agent } = await h.signIn("admin");
  return [
    ["API success", await agent.get("/api/session")],
    ["API health", await h.request().get("/api/health")],
    ["API 401", await h.request().get("/api/directory")],
    ["API 403", await h.request().post("/api/session").set("Origin", "https://evil.example").send({})],
    ["API 404", await agent.get("/api/no-such-route")],
    ["API 400", await h.request().post("/api/session").set(SAME_ORIGIN).set("Content-Type", "application/json").send("{not json")],
    ["SPA page", await h.request().get("/users/eric.chen").set("Accept", "text/html")],
    ["SPA asset", await h.request().get("/assets/app-1a2b3c.js")],
    ["missing asset", await h.request().get("/assets/missing.js")],
    ["source map", await h.request().get("/assets/app-1a2b3c.js.map")],
    ["source map outside /assets", await h.request().get("/app.js.map")],
    ["404 outside the API", await h.request().get("/favicon-that-is-not-there.png").set("Accept", "image/png")],
  ];
}

describe("over plain local HTTP", () => {
  let responses: [string, Reply][];
  beforeAll(async () => {
    const h = await startHarness({ webDist });
    try {
      responses = await everyKindOfResponse(h);
    } finally {
      await h.close();
    }
  });

  it("serves the SPA and its assets (so the cases below are what they say)", () => {
    const byName = new Map(responses);
    expect(byName.get("SPA page")?.status).toBe(200);
    expect(byName.get("SPA page")?.text).toContain("<!doctype html>");
    expect(byName.get("SPA asset")?.status).toBe(200);
    expect(byName.get("missing asset")?.status).toBe(404);
  });

  it("never hands a source map to a browser, though the build left one next to the bundle", () => {
    const byName = new Map(responses);
    for (const name of ["source map", "source map outside /assets"]) {
      expect(byName.get(name)?.status, name).toBe(404);
      expect(byName.get(name)?.text, name).not.toContain("sources");
    }
  });

  it("answers a 404 outside the API with a problem, not Express's page", () => {
    const byName = new Map(responses);
    expect(byName.get("404 outside the API")?.status).toBe(404);
    expect(byName.get("404 outside the API")?.headers["content-type"]).toMatch(/^application\/problem\+json/);
  });

  it("sends the strict headers on every kind of response", () => {
    for (const [name, res] of responses) {
      expect.soft(res.headers["content-security-policy"], name).toBeDefined();
      expectStrictHeaders(res);
    }
  });

  it("sends no HSTS over plain HTTP", () => {
    for (const [, res] of responses) expect(res.headers["strict-transport-security"]).toBeUndefined();
  });

  it("marks every API answer, errors included, no-store", () => {
    for (const [name, res] of responses.filter(([n]) => n.startsWith("API"))) expect(res.headers["cache-control"], name).toBe("no-store");
  });
});

describe("over HTTPS", () => {
  const expectHsts = (res: Reply) => {
    const hsts = (res.headers["strict-transport-security"] ?? "");
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(hsts).toContain("includeSubDomains");
  };

  it("sends HSTS on every response when PUBLIC_ORIGIN is https", async () => {
    const h = await startHarness({ webDist, publicOrigin: "https://switchboard.example.com" });
    try {
      const responses = [
        await h.request().get("/api/health"),
        await h.request().get("/api/directory"),
        await h.request().get("/").set("Accept", "text/html"),
        await h.request().get("/nothing.png"),
      ];
      for (const res of responses) {
        expectHsts(res);
        expectStrictHeaders(res);
      }
    } finally {
      await h.close();
    }
  });

  it("sends HSTS when a trusted proxy says the request came over TLS, and not when an untrusted client says so", async () => {
    const trusted = await startHarness({ trustProxy: 1 });
    const untrusted = await startHarness({ trustProxy: 0 });
    try {
      expectHsts(await trusted.request().get("/api/health").set("X-Forwarded-Proto", "https"));
      expect((await trusted.request().get("/api/health")).headers["strict-transport-security"]).toBeUndefined();
      expect((await untrusted.request().get("/api/health").set("X-Forwarded-Proto", "https")).headers["strict-transport-security"]).toBeUndefined();
    } finally {
      await trusted.close();
      await untrusted.close();
    }
  });
});
