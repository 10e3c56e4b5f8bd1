import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError, readConfig } from "./env.ts";

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    readConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("configuration", () => {
  it("defaults to demo mode on 127.0.0.1:8080 with the documented timeouts", () => {
    const config = readConfig({});
    expect(config.upstream).toBeUndefined();
    expect(config).toMatchObject({ port: 8080, host: "127.0.0.1", trustProxy: 0 });
    expect(config.session).toEqual({ idleMs: 30 * 60_000, maxMs: 12 * 3_600_000 });
    expect(config.demo.tenantUsers).toBe(500);
  });

  it("serves no metrics unless told where, and never on the public port without a token", () => {
    expect(readConfig({}).metrics).toEqual({ port: undefined, token: undefined });
    expect(readConfig({ METRICS_PORT: "9464", METRICS_TOKEN: "t".repeat(32) }).metrics).toEqual({ port: 9464, token: "t".repeat(32) });
    expect(problemsOf({ PORT: "9000", METRICS_PORT: "9000" }).join("\n")).toMatch(/METRICS_PORT: must differ from PORT/);
    expect(problemsOf({ METRICS_TOKEN: "short" }).join("\n")).toMatch(/METRICS_TOKEN: must be at least 32 characters/);
  });

  it("names each variable a real tenant still needs", () => {
    const problems = problemsOf({ BPCC_BASE_URL: "https://example.brightpattern.com" });
    expect(problems.join("\n")).toMatch(/BPCC_CLIENT_ID/);
    expect(problems.join("\n")).toMatch(/BPCC_CLIENT_SECRET/);
    expect(problems.join("\n")).toMatch(/BPCC_SCOPE/);
  });

  it("stops a start reachable from other machines against a real tenant without PUBLIC_ORIGIN, and says why", () => {
    const bpcc = { BPCC_BASE_URL: "https://example.brightpattern.com", BPCC_CLIENT_ID: "api-user", BPCC_CLIENT_SECRET: "s3cret", BPCC_SCOPE: "example.brightpattern.com" };
    const gws = { PLATFORM: "genesys", GWS_BASE_URL: "https://gws.example.com/gws", GWS_USERNAME: "switchboard.api@example.com", GWS_PASSWORD: "s3cret" };
    for (const tenant of [bpcc, gws]) {
      for (const HOST of ["0.0.0.0", "::", "10.1.2.3", "switchboard.internal"]) {
        const [problem, ...rest] = problemsOf({ ...tenant, HOST });
        expect(rest, HOST).toEqual([]);
        expect(problem, HOST).toMatch(/^PUBLIC_ORIGIN: is required when HOST .* must not trust the Host header/);
      }
      expect(readConfig({ ...tenant, HOST: "0.0.0.0", PUBLIC_ORIGIN: "https://switchboard.example.com" }).host).toBe("0.0.0.0");
      // On this machine only: a browser here is the only one that can send the Host header.
      for (const HOST of ["127.0.0.1", "::1", "localhost", "LOCALHOST"]) expect(problemsOf({ ...tenant, HOST }), HOST).toEqual([]);
    }
    // Demo mode (the embedded simulator) may listen anywhere without one.
    expect(problemsOf({ HOST: "0.0.0.0" })).toEqual([]);
    expect(problemsOf({ PLATFORM: "genesys", HOST: "0.0.0.0" })).toEqual([]);
  });

  it("names a bad value and says why", () => {
    expect(problemsOf({ PORT: "eighty" })[0]).toMatch(/^PORT: /);
    expect(problemsOf({ BPCC_BASE_URL: "ftp://x" })[0]).toMatch(/^BPCC_BASE_URL: must be an http\(s\) URL/);
    expect(problemsOf({ DEMO_PASSWORD: "short" })[0]).toMatch(/^DEMO_PASSWORD: must be at least 12/);
    expect(problemsOf({ DASHBOARD_ADMIN_USER: "root" })[0]).toMatch(/^DASHBOARD_ADMIN_PASSWORD: /);
  });

  it("logs only errors in demo mode and every request against a real tenant, unless LOG_LEVEL says otherwise", () => {
    const tenant = { BPCC_BASE_URL: "https://example.brightpattern.com", BPCC_CLIENT_ID: "api-user", BPCC_CLIENT_SECRET: "s3cret", BPCC_SCOPE: "example.brightpattern.com" };
    expect(readConfig({}).logLevel).toBe("error");
    expect(readConfig(tenant).logLevel).toBe("info");
    expect(readConfig({ LOG_LEVEL: "info" }).logLevel).toBe("info");
    expect(readConfig({ ...tenant, LOG_LEVEL: "warn" }).logLevel).toBe("warn");
    expect(problemsOf({ LOG_LEVEL: "loud" })[0]).toMatch(/^LOG_LEVEL: /);
  });

  it("gives each incoming request a 12 s deadline by default, in demo mode too", () => {
    expect(readConfig({}).requestDeadlineMs).toBe(12_000);
    expect(readConfig({ BPCC_REQUEST_DEADLINE_MS: "15000" }).requestDeadlineMs).toBe(15_000);
  });

  it("refuses a request deadline that cannot hold one attempt, or that outlasts the web app's patience", () => {
    expect(problemsOf({ BPCC_TIMEOUT_MS: "10000", BPCC_REQUEST_DEADLINE_MS: "8000" })).toEqual([
      "BPCC_REQUEST_DEADLINE_MS: must be at least BPCC_TIMEOUT_MS (10000): it covers every attempt, so one attempt must fit in it",
    ]);
    expect(problemsOf({ BPCC_REQUEST_DEADLINE_MS: "30000" })[0]).toMatch(/^BPCC_REQUEST_DEADLINE_MS: must be at most 18000/);
    expect(problemsOf({ BPCC_REQUEST_DEADLINE_MS: "soon" })[0]).toMatch(/^BPCC_REQUEST_DEADLINE_MS: /);
  });

  it("accepts fractions of a minute for session timeouts, so tests can use seconds", () => {
    expect(readConfig({ SESSION_IDLE_MINUTES: "0.05" }).session.idleMs).toBe(3_000);
  });

  it("reads a real tenant's settings", () => {
    const config = readConfig({
      BPCC_BASE_URL: "https://example.brightpattern.com/",
      BPCC_CLIENT_ID: "api-user",
      BPCC_CLIENT_SECRET: "s3cret",
      BPCC_SCOPE: "example.brightpattern.com",
    });
    expect(config.upstream).toEqual({
      baseUrl: "https://example.brightpattern.com",
      clientId: "api-user",
      clientSecret: "s3cret",
      scope: "example.brightpattern.com",
      timeoutMs: 10_000,
      concurrency: 64,
    });
  });
});

describe("configuration of the platform (PLATFORM, GWS_*)", () => {
  it("runs Bright Pattern unless PLATFORM says genesys, and Genesys in demo mode without GWS_BASE_URL", () => {
    expect(readConfig({}).platform).toBe("bpcc");
    const genesys = readConfig({ PLATFORM: "genesys" });
    expect(genesys).toMatchObject({ platform: "genesys", upstream: undefined, genesys: undefined, logLevel: "error" });
  });

  it("names a PLATFORM that is neither", () => {
    expect(problemsOf({ PLATFORM: "avaya" })).toEqual(["PLATFORM: must be bpcc or genesys"]);
  });

  it("names each variable a real GWS server still needs", () => {
    const problems = problemsOf({ PLATFORM: "genesys", GWS_BASE_URL: "https://gws.example.com/gws" }).join("\n");
    expect(problems).toMatch(/GWS_USERNAME: is required/);
    expect(problems).toMatch(/GWS_PASSWORD: is required .*GWS_PASSWORD_FILE/);
  });

  it("names each bad GWS value, and never echoes the password", () => {
    const problems = problemsOf({
      PLATFORM: "genesys",
      GWS_BASE_URL: "ftp://gws.example.com",
      GWS_USERNAME: "api:user",
      GWS_PASSWORD: "s3cret-Sentinel",
      GWS_TIMEOUT_MS: "soon",
      GWS_CONCURRENCY: "0",
    });
    const named = problems.map((problem) => problem.split(":")[0]);
    expect(named).toEqual(expect.arrayContaining(["GWS_BASE_URL", "GWS_USERNAME", "GWS_TIMEOUT_MS", "GWS_CONCURRENCY"]));
    expect(problems.join("\n")).not.toContain("s3cret-Sentinel");
  });

  it("refuses an attempt timeout longer than the request's deadline", () => {
    expect(problemsOf({ PLATFORM: "genesys", GWS_TIMEOUT_MS: "20000" }).join("\n")).toMatch(/^GWS_TIMEOUT_MS: must be at most BPCC_REQUEST_DEADLINE_MS/);
  });

  it("reads a real GWS server's settings, the password from a file if asked, a trailing slash dropped", () => {
    const dir = mkdtempSync(join(tmpdir(), "gws-"));
    const file = join(dir, "password");
    writeFileSync(file, "from-the-file\n");
    const config = readConfig({ PLATFORM: "genesys", GWS_BASE_URL: "https://gws.example.com/gws/", GWS_USERNAME: "api@example.com", GWS_PASSWORD_FILE: file, GWS_CONCURRENCY: "8" });
    expect(config.genesys).toEqual({ baseUrl: "https://gws.example.com/gws", username: "api@example.com", password: "from-the-file", timeoutMs: 10_000, concurrency: 8 });
    expect(config.upstream).toBeUndefined();
    expect(config.logLevel).toBe("info");
    expect(problemsOf({ PLATFORM: "genesys", GWS_BASE_URL: "https://gws.example.com", GWS_USERNAME: "u", GWS_PASSWORD_FILE: join(dir, "missing") })).toEqual([
      `GWS_PASSWORD_FILE: no file at ${join(dir, "missing")}`,
    ]);
  });

  it("leaves the BPCC variables alone on Genesys, and the GWS ones on BPCC", () => {
    expect(readConfig({ PLATFORM: "genesys", BPCC_BASE_URL: "https://x.brightpattern.com", BPCC_CLIENT_ID: "a", BPCC_CLIENT_SECRET: "b", BPCC_SCOPE: "c" }).upstream).toBeUndefined();
    expect(readConfig({ GWS_BASE_URL: "https://gws.example.com", GWS_USERNAME: "u", GWS_PASSWORD: "p" }).genesys).toBeUndefined();
  });
});

describe("single sign-on configuration", () => {
  const sso = {
    OIDC_ISSUER: "https://login.example.com/realms/acme",
    OIDC_CLIENT_ID: "switchboard",
    OIDC_CLIENT_SECRET: "oidc-s3cret",
    OIDC_ROLE_MAP: "sb-admins=admin,sb-helpdesk=helpdesk,sb-supervisors=supervisor,staff=viewer",
    PUBLIC_ORIGIN: "https://switchboard.example.com",
  };

  it("reads the provider, the role map and the redirect URI from PUBLIC_ORIGIN", () => {
    const config = readConfig({ ...sso, OIDC_TEAMS_CLAIM: "teams", OIDC_DISPLAY_NAME: "Acme Login" });
    expect(config.sso).toMatchObject({
      issuer: "https://login.example.com/realms/acme",
      clientId: "switchboard",
      clientSecret: "oidc-s3cret",
      redirectUri: "https://switchboard.example.com/api/auth/oidc/callback",
      rolesClaim: "roles",
      teamsClaim: "teams",
      displayName: "Acme Login",
    });
    expect([...(config.sso?.roleMap ?? [])]).toEqual([
      ["sb-admins", "admin"],
      ["sb-helpdesk", "helpdesk"],
      ["sb-supervisors", "supervisor"],
      ["staff", "viewer"],
    ]);
    expect(config.localSignIn).toBe(true);
    expect(readConfig({}).sso).toBeUndefined();
  });

  it("reads the client secret from a file", () => {
    const dir = mkdtempSync(join(tmpdir(), "oidc-secret-"));
    writeFileSync(join(dir, "secret"), "from-a-file\n");
    const { OIDC_CLIENT_SECRET: _, ...rest } = sso;
    expect(readConfig({ ...rest, OIDC_CLIENT_SECRET_FILE: join(dir, "secret") }).sso?.clientSecret).toBe("from-a-file");
  });

  it("names each variable single sign-on still needs", () => {
    const problems = problemsOf({ OIDC_ISSUER: "https://login.example.com" }).join("\n");
    for (const name of ["OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_ROLE_MAP", "PUBLIC_ORIGIN"]) expect(problems).toMatch(new RegExp(`^${name}: is required`, "m"));
  });

  it("names each bad entry of the role map", () => {
    const problems = problemsOf({ ...sso, OIDC_ROLE_MAP: "sb-admins=admin,oops,x=boss,sb-admins=viewer" });
    expect(problems).toEqual([
      'OIDC_ROLE_MAP: "oops" is not group=role',
      'OIDC_ROLE_MAP: "x=boss": boss is not a role (viewer, helpdesk, supervisor, admin)',
      'OIDC_ROLE_MAP: "sb-admins=viewer": sb-admins is mapped twice',
    ]);
  });

  it("takes plain http only for a provider on this machine, and a dotted claim path", () => {
    expect(problemsOf({ ...sso, OIDC_ISSUER: "http://login.example.com" })[0]).toMatch(/^OIDC_ISSUER: must be https/);
    expect(problemsOf({ ...sso, OIDC_ISSUER: "http://127.0.0.1:9000" })).toEqual([]);
    expect(readConfig({ ...sso, OIDC_ROLES_CLAIM: "realm_access.roles" }).sso?.rolesClaim).toBe("realm_access.roles");
    expect(problemsOf({ ...sso, OIDC_ROLES_CLAIM: "realm_access..roles" })[0]).toMatch(/^OIDC_ROLES_CLAIM: /);
  });

  it("turns the password form off only when someone can still sign in", () => {
    expect(readConfig({ ...sso, LOCAL_SIGN_IN: "off" }).localSignIn).toBe(false);
    expect(problemsOf({ LOCAL_SIGN_IN: "off" })[0]).toMatch(/^LOCAL_SIGN_IN: can be off only with OIDC_ISSUER set/);
    expect(problemsOf({ ...sso, LOCAL_SIGN_IN: "maybe" })[0]).toMatch(/^LOCAL_SIGN_IN: must be on or off/);
  });
});
