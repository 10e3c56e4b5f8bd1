import { createServer } from "node:net";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccountsStore } from "../src/auth/accounts-store.ts";
import { openDatabase } from "../src/db/database.ts";

// `pnpm start` in demo mode, as a person at a terminal sees it: when the BFF is ready it prints who
// can sign in and with which password, and at the default level no request log buries that.

const SERVER = resolve(import.meta.dirname, "../src/server.ts");
const SUMMARY_END = /DEMO_PASSWORD chooses the password[^\n]*\n/;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "switchboard-start-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Started {
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** The server on a free port, in a fresh DATA_DIR, with only the environment given (no .env, no LOG_LEVEL). */
async function startServer(env: Record<string, string>, ready: RegExp): Promise<Started> {
  const child = spawn(process.execPath, [SERVER], {
    cwd: dir,
    env: { PATH: process.env["PATH"] ?? "", PORT: "0", HOST: "127.0.0.1", DATA_DIR: mkdtempSync(join(dir, "data-")), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const closed = new Promise<void>((done) => child.on("close", () => done()));
  try {
    await new Promise<void>((done, fail) => {
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        if (ready.test(output)) done();
      };
      child.stdout.on("data", read);
      child.stderr.on("data", read);
      void closed.then(() => fail(new Error(`the server stopped before it was ready:\n${output}`)));
      setTimeout(() => fail(new Error(`the server printed no ${ready} within 40 s:\n${output}`)), 40_000).unref();
    });
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  return {
    child,
    output: () => output,
    stop: async () => {
      child.kill("SIGTERM");
      await closed;
    },
  };
}

describe("pnpm start in demo mode", { timeout: 120_000 }, () => {
  it("prints a short summary when ready (address, the four accounts, the password), and no request log after it", async () => {
    const server = await startServer({ DEMO_TENANT_USERS: "10" }, SUMMARY_END);
    try {
      const summary = server.output();
      const url = /Open\s+(http:\/\/localhost:\d+)/.exec(summary)?.[1];
      const password = /Password\s+(\S+)/.exec(summary)?.[1];
      expect(url, summary).toBeDefined();
      expect(summary).toMatch(/Sign in as viewer, helpdesk, supervisor or admin/);
      expect(summary).toMatch(/Only errors are logged \(LOG_LEVEL=error\); LOG_LEVEL=info logs every request\./);

      // The password printed is the one that signs in; then a few ordinary requests, a refused one among them.
      const base = String(url).replace("localhost", "127.0.0.1");
      expect((await fetch(`${base}/api/health`)).status).toBe(200);
      const signIn = await fetch(`${base}/api/session`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Sec-Fetch-Site": "same-origin" },
        body: JSON.stringify({ username: "admin", password }),
      });
      expect(signIn.status).toBe(200);
      const cookie = signIn.headers.get("set-cookie")?.split(";")[0] ?? "";
      expect((await fetch(`${base}/api/directory`, { headers: { Cookie: cookie } })).status).toBe(200);
      expect((await fetch(`${base}/api/session`)).status).toBe(401);
      await new Promise((done) => setTimeout(done, 200));

      const after = server.output().slice(server.output().search(SUMMARY_END));
      expect(after.split("\n").slice(1).join("\n").trim()).toBe("");
      expect(server.output()).not.toContain('"req"');
    } finally {
      await server.stop();
    }
  });

  it("logs every request again when LOG_LEVEL=info is set", async () => {
    const server = await startServer({ DEMO_TENANT_USERS: "10", LOG_LEVEL: "info" }, SUMMARY_END);
    try {
      expect(server.output()).toMatch(/Logging at LOG_LEVEL=info\./);
      const url = /Open\s+(http:\/\/localhost:\d+)/.exec(server.output())?.[1] ?? "";
      await fetch(`${url.replace("localhost", "127.0.0.1")}/api/health`);
      await new Promise((done) => setTimeout(done, 200));
      expect(server.output()).toMatch(/"req":\{[^}]*"path":"\/api\/health"/);
    } finally {
      await server.stop();
    }
  });
});

describe("starting against a real tenant", { timeout: 120_000 }, () => {
  it("prints no summary and none of its secrets", async () => {
    const secret = "SentinelClientSecret4b1d";
    const adminPassword = "SentinelAdminPassword9c2e";
    const server = await startServer(
      {
        BPCC_BASE_URL: "http://127.0.0.1:9",
        BPCC_CLIENT_ID: "api-user",
        BPCC_CLIENT_SECRET: secret,
        BPCC_SCOPE: "example.brightpattern.com",
        DASHBOARD_ADMIN_USER: "ops.admin",
        DASHBOARD_ADMIN_PASSWORD: adminPassword,
      },
      /switchboard listening/,
    );
    await server.stop();
    expect(server.output()).not.toMatch(/DEMO MODE|Password/);
    expect(server.output()).not.toContain(secret);
    expect(server.output()).not.toContain(adminPassword);
  });
});

describe("PLATFORM=genesys", { timeout: 120_000 }, () => {
  it("demo mode starts the Genesys simulator, names it, and serves its users", async () => {
    const server = await startServer({ PLATFORM: "genesys", DEMO_TENANT_USERS: "10" }, SUMMARY_END);
    try {
      const summary = server.output();
      expect(summary).toMatch(/DEMO MODE: a built-in Genesys \(GWS 8\.5\) simulator with 10 made-up users/);
      expect(summary).toMatch(/GWS_BASE_URL, GWS_USERNAME and GWS_PASSWORD connect a real GWS server/);
      const base = (/Open\s+(http:\/\/localhost:\d+)/.exec(summary)?.[1] ?? "").replace("localhost", "127.0.0.1");
      const password = /Password\s+(\S+)/.exec(summary)?.[1];
      const signIn = await fetch(`${base}/api/session`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Sec-Fetch-Site": "same-origin" },
        body: JSON.stringify({ username: "admin", password }),
      });
      expect(await signIn.json()).toMatchObject({ capabilities: { platform: "genesys" } });
      const cookie = signIn.headers.get("set-cookie")?.split(";")[0] ?? "";
      const directory = (await (await fetch(`${base}/api/directory`, { headers: { Cookie: cookie } })).json()) as { users: Array<{ loginId: string }> };
      expect(directory.users.length).toBeGreaterThanOrEqual(10);
      const someone = directory.users.find((user) => !user.loginId.startsWith("switchboard.api"))?.loginId ?? "";
      const user = (await (await fetch(`${base}/api/users/${someone}`, { headers: { Cookie: cookie } })).json()) as { devices?: unknown[] };
      expect(Array.isArray(user.devices)).toBe(true);
      expect((await fetch(`${base}/api/users/${someone}/lock`, { headers: { Cookie: cookie } })).status).toBe(501);
    } finally {
      await server.stop();
    }
  });

  it("refuses to start on Genesys while an account is scoped to teams, naming it (decision 023)", async () => {
    const dataDir = mkdtempSync(join(dir, "data-"));
    const db = await openDatabase(dataDir);
    await createAccountsStore(db).create({ username: "desk.east", passwordHash: "x", role: "helpdesk", teams: ["Sales East"] });
    await db.close();
    await expect(startServer({ PLATFORM: "genesys", DEMO_TENANT_USERS: "10", DATA_DIR: dataDir }, SUMMARY_END)).rejects.toThrow(
      /Switchboard cannot start\. This contact center \(genesys\) has no teams, and these accounts are scoped to teams: desk\.east\. Give them the whole tenant with: pnpm accounts set-teams <name> --all/,
    );
  });

  it("against a real GWS server prints no summary and not the GWS password", async () => {
    const secret = "SentinelGwsPassword7e3a";
    const server = await startServer(
      { PLATFORM: "genesys", GWS_BASE_URL: "http://127.0.0.1:9/gws", GWS_USERNAME: "api@example.com", GWS_PASSWORD: secret },
      /switchboard listening/,
    );
    await server.stop();
    expect(server.output()).not.toMatch(/DEMO MODE|Password/);
    expect(server.output()).not.toContain(secret);
  });
});

describe("METRICS_PORT", { timeout: 120_000 }, () => {
  it("serves GET /metrics on its own port only, with the upstream attempts of the requests served", async () => {
    const metricsPort = await freePort();
    const server = await startServer({ DEMO_TENANT_USERS: "10", METRICS_PORT: String(metricsPort) }, SUMMARY_END);
    try {
      const summary = server.output();
      const base = (/Open\s+(http:\/\/localhost:\d+)/.exec(summary)?.[1] ?? "").replace("localhost", "127.0.0.1");
      const password = /Password\s+(\S+)/.exec(summary)?.[1];
      const signIn = await fetch(`${base}/api/session`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Sec-Fetch-Site": "same-origin" },
        body: JSON.stringify({ username: "viewer", password }),
      });
      const cookie = signIn.headers.get("set-cookie")?.split(";")[0] ?? "";
      expect((await fetch(`${base}/api/directory`, { headers: { Cookie: cookie } })).status).toBe(200);

      const metrics = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
      expect(metrics.status).toBe(200);
      const text = await metrics.text();
      expect(text).toMatch(/switchboard_http_requests_total\{method="GET",route="\/api\/directory",status="200"\} 1/);
      expect(text).toMatch(/switchboard_upstream_attempts_total\{operation="getToken",outcome="ok"\} 1/);
      expect(text).toMatch(/switchboard_process_resident_memory_bytes \d+/);
      expect((await fetch(`http://127.0.0.1:${metricsPort}/api/directory`)).status).toBe(404);
      // The public port has no metrics without METRICS_TOKEN: whatever answers there, it is not them.
      expect(await (await fetch(`${base}/metrics`)).text()).not.toContain("switchboard_http_requests_total");
    } finally {
      await server.stop();
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
