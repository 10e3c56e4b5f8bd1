import { LONGEST_REQUEST_DEADLINE_MS } from "@switchboard/contracts";
import { z } from "zod";
import { ClaimPathSchema, RoleMapSchema, type RoleMap } from "../features/sso/claims.ts";

// Every environment variable the BFF reads, with its rule, its default and how variables go together;
// env.ts turns what passed into the Config the server runs on.

const optionalString = z.string().trim().min(1).optional();
export const PLATFORMS = ["bpcc", "genesys"] as const;
export type PlatformName = (typeof PLATFORMS)[number];
const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * A demo is watched in a terminal: one JSON line per request would bury the summary with its
 * password (issue 19), so only errors are logged there unless LOG_LEVEL says otherwise. Not `warn`:
 * a signed-out visitor's session check is a 401, logged at warn, on every first visit. A real
 * deployment logs every request.
 */
export const DEFAULT_LOG_LEVEL = { demo: "error", deployed: "info" } as const satisfies Record<string, LogLevel>;
const minutes = z.coerce.number().positive("must be a positive number");

/** One incoming request's deadline, every upstream attempt and retry included: 504 within 15 s of a click. */
export const DEFAULT_REQUEST_DEADLINE_MS = 12_000;

export const EnvSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    HOST: z.string().trim().min(1).default("127.0.0.1"),
    BPCC_BASE_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
    BPCC_CLIENT_ID: optionalString,
    BPCC_CLIENT_SECRET: optionalString,
    BPCC_CLIENT_SECRET_FILE: optionalString,
    BPCC_SCOPE: optionalString,
    BPCC_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
    BPCC_REQUEST_DEADLINE_MS: z.coerce
      .number()
      .int()
      .positive()
      .max(LONGEST_REQUEST_DEADLINE_MS, `must be at most ${LONGEST_REQUEST_DEADLINE_MS}: the web app stops waiting for an answer soon after`)
      .default(DEFAULT_REQUEST_DEADLINE_MS),
    BPCC_CONCURRENCY: z.coerce.number().int().min(1).max(1_000).default(64),
    PLATFORM: z.enum(PLATFORMS, { error: "must be bpcc or genesys" }).default("bpcc"),
    GWS_BASE_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL, e.g. https://gws.example.com/gws" }).optional(),
    GWS_USERNAME: optionalString.refine((name) => !name?.includes(":"), "must not contain a colon (HTTP Basic ends the user name there)"),
    GWS_PASSWORD: z.string().min(1).optional(),
    GWS_PASSWORD_FILE: optionalString,
    GWS_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
    GWS_CONCURRENCY: z.coerce.number().int().min(1).max(1_000).default(16),
    USER_INDEX_FILL: z.enum(["start", "first-read"], { error: "must be start or first-read" }).default("start"),
    USER_INDEX_STALE_MINUTES: minutes.default(60),
    DATA_DIR: z.string().trim().min(1).default("./data"),
    DASHBOARD_ADMIN_USER: optionalString,
    DASHBOARD_ADMIN_PASSWORD: z.string().optional(),
    PUBLIC_ORIGIN: z.url({ protocol: /^https?$/, error: "must be an origin such as https://switchboard.example.com" }).optional(),
    TRUST_PROXY: z.coerce.number().int("must be a whole number of proxy hops").min(0).default(0),
    SESSION_IDLE_MINUTES: minutes.default(30),
    SESSION_MAX_HOURS: minutes.default(12),
    DEMO_TENANT_USERS: z.coerce.number().int().min(10).max(50_000).default(500),
    DEMO_PASSWORD: z.string().min(12, "must be at least 12 characters").max(128).optional(),
    DEMO_SIM_PORT: z.coerce.number().int().min(0).max(65535).default(0),
    LOG_LEVEL: z.enum(LOG_LEVELS).optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\/[^\s]+$/, "must be a PostgreSQL URL, postgres://user:password@host:5432/database")
      .optional(),
    DATABASE_URL_FILE: optionalString,
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
    RATE_LIMIT_READS_PER_MINUTE: z.coerce.number().int().min(1).default(1200),
    RATE_LIMIT_WRITES_PER_MINUTE: z.coerce.number().int().min(1).default(240),
    METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    METRICS_TOKEN: z.string().min(32, "must be at least 32 characters (it guards /metrics on the public port)").optional(),
    METRICS_TOKEN_FILE: optionalString,
    OIDC_ISSUER: z.url({ protocol: /^https?$/, error: "must be the identity provider's issuer URL, e.g. https://login.example.com/realms/acme" }).optional(),
    OIDC_CLIENT_ID: optionalString,
    OIDC_CLIENT_SECRET: optionalString,
    OIDC_CLIENT_SECRET_FILE: optionalString,
    OIDC_ROLES_CLAIM: ClaimPathSchema.default("roles"),
    OIDC_ROLE_MAP: RoleMapSchema.optional(),
    OIDC_TEAMS_CLAIM: ClaimPathSchema.optional(),
    OIDC_DISPLAY_NAME: z.string().trim().min(1).max(64, "must be at most 64 characters").default("single sign-on"),
    LOCAL_SIGN_IN: z.enum(["on", "off"], { error: "must be on or off" }).default("on"),
  })
  .superRefine((env, ctx) => {
    if (env.METRICS_PORT !== undefined && env.METRICS_PORT === env.PORT) {
      ctx.addIssue({ code: "custom", path: ["METRICS_PORT"], message: "must differ from PORT: metrics are never served to the public" });
    }
    if (env.BPCC_BASE_URL) {
      for (const name of ["BPCC_CLIENT_ID", "BPCC_SCOPE"] as const) {
        if (!env[name]) ctx.addIssue({ code: "custom", path: [name], message: "is required when BPCC_BASE_URL is set" });
      }
      if (!env.BPCC_CLIENT_SECRET && !env.BPCC_CLIENT_SECRET_FILE) {
        ctx.addIssue({
          code: "custom",
          path: ["BPCC_CLIENT_SECRET"],
          message: "is required when BPCC_BASE_URL is set (or give BPCC_CLIENT_SECRET_FILE)",
        });
      }
    }
    if (env.PLATFORM === "genesys" && env.GWS_BASE_URL) {
      if (!env.GWS_USERNAME) ctx.addIssue({ code: "custom", path: ["GWS_USERNAME"], message: "is required when GWS_BASE_URL is set" });
      if (!env.GWS_PASSWORD && !env.GWS_PASSWORD_FILE) {
        ctx.addIssue({ code: "custom", path: ["GWS_PASSWORD"], message: "is required when GWS_BASE_URL is set (or give GWS_PASSWORD_FILE)" });
      }
    }
    if (env.PLATFORM === "genesys" && env.BPCC_REQUEST_DEADLINE_MS < env.GWS_TIMEOUT_MS) {
      ctx.addIssue({
        code: "custom",
        path: ["GWS_TIMEOUT_MS"],
        message: `must be at most BPCC_REQUEST_DEADLINE_MS (${env.BPCC_REQUEST_DEADLINE_MS}): the request's deadline covers every attempt, so one attempt must fit in it`,
      });
    }
    if (env.BPCC_REQUEST_DEADLINE_MS < env.BPCC_TIMEOUT_MS) {
      ctx.addIssue({
        code: "custom",
        path: ["BPCC_REQUEST_DEADLINE_MS"],
        message: `must be at least BPCC_TIMEOUT_MS (${env.BPCC_TIMEOUT_MS}): it covers every attempt, so one attempt must fit in it`,
      });
    }
    const realPlatform = env.PLATFORM === "genesys" ? env.GWS_BASE_URL : env.BPCC_BASE_URL;
    if (realPlatform && !env.PUBLIC_ORIGIN && !LOOPBACK_HOSTS.has(env.HOST.toLowerCase())) {
      ctx.addIssue({
        code: "custom",
        path: ["PUBLIC_ORIGIN"],
        message: `is required when HOST (${env.HOST}) is reachable from other machines and a real contact center is configured: the same-origin check compares each change's Origin with it, and must not trust the Host header a client sends`,
      });
    }
    checkSingleSignOn(env, ctx);
    if (Boolean(env.DASHBOARD_ADMIN_USER) !== Boolean(env.DASHBOARD_ADMIN_PASSWORD)) {
      ctx.addIssue({
        code: "custom",
        path: [env.DASHBOARD_ADMIN_USER ? "DASHBOARD_ADMIN_PASSWORD" : "DASHBOARD_ADMIN_USER"],
        message: "DASHBOARD_ADMIN_USER and DASHBOARD_ADMIN_PASSWORD go together",
      });
    }
  });

type SsoEnv = {
  OIDC_ISSUER?: string | undefined;
  OIDC_CLIENT_ID?: string | undefined;
  OIDC_CLIENT_SECRET?: string | undefined;
  OIDC_CLIENT_SECRET_FILE?: string | undefined;
  OIDC_ROLE_MAP?: RoleMap | undefined;
  PUBLIC_ORIGIN?: string | undefined;
  LOCAL_SIGN_IN: "on" | "off";
};

/** Names of this machine only (a URL's hostname writes ::1 in brackets, HOST without). */
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/** The identity provider's variables go together; plain HTTP only to a provider on this machine (tests, demo). */
function checkSingleSignOn(env: SsoEnv, ctx: z.RefinementCtx): void {
  if (!env.OIDC_ISSUER) {
    if (env.LOCAL_SIGN_IN === "off") {
      ctx.addIssue({ code: "custom", path: ["LOCAL_SIGN_IN"], message: "can be off only with OIDC_ISSUER set: nobody could sign in" });
    }
    return;
  }
  const issuer = new URL(env.OIDC_ISSUER);
  if (issuer.protocol === "http:" && !LOOPBACK_HOSTS.has(issuer.hostname)) {
    ctx.addIssue({ code: "custom", path: ["OIDC_ISSUER"], message: "must be https (plain http only for a provider on localhost)" });
  }
  for (const name of ["OIDC_CLIENT_ID", "OIDC_ROLE_MAP", "PUBLIC_ORIGIN"] as const) {
    if (!env[name]) ctx.addIssue({ code: "custom", path: [name], message: "is required when OIDC_ISSUER is set" });
  }
  if (!env.OIDC_CLIENT_SECRET && !env.OIDC_CLIENT_SECRET_FILE) {
    ctx.addIssue({ code: "custom", path: ["OIDC_CLIENT_SECRET"], message: "is required when OIDC_ISSUER is set (or give OIDC_CLIENT_SECRET_FILE)" });
  }
}

/** The environment once it passed EnvSchema. */
export type Env = z.infer<typeof EnvSchema>;
