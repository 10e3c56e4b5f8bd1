import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { RoleMap } from "../features/sso/claims.ts";
import { DEFAULT_LOG_LEVEL, EnvSchema, type Env, type LogLevel, type PlatformName } from "./env-schema.ts";

/** Single sign-on through an OpenID Connect provider (decision 021). */
export interface SsoConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends the browser back: `${PUBLIC_ORIGIN}/api/auth/oidc/callback`. */
  redirectUri: string;
  /** Where the provider sends the browser after signing out there: `${PUBLIC_ORIGIN}/sign-in`. */
  postLogoutRedirectUri: string;
  rolesClaim: string;
  roleMap: RoleMap;
  teamsClaim: string | undefined;
  displayName: string;
}

export interface UpstreamConfig {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  scope: string;
  timeoutMs: number;
  /** Most upstream calls in flight at once: protects the tenant, and caps throughput at concurrency ÷ latency. */
  concurrency: number;
}

/** A GWS server (PLATFORM=genesys). */
export interface GenesysConfig {
  baseUrl: string;
  username: string;
  password: string;
  timeoutMs: number;
  concurrency: number;
}

export interface Config {
  port: number;
  host: string;
  /** Which contact center the console runs: PLATFORM, bpcc by default. */
  platform: PlatformName;
  /** PLATFORM=bpcc: unset means demo mode, the BFF embeds the BPCC simulator. */
  upstream: UpstreamConfig | undefined;
  /** PLATFORM=genesys: unset means demo mode, the BFF embeds the Genesys simulator. */
  genesys: GenesysConfig | undefined;
  /** One incoming request's deadline, whatever the platform and in demo mode too. */
  requestDeadlineMs: number;
  /** The user index (decision 019): filled at start or at its first read; `stale` after this long. */
  userIndex: { fillOnStart: boolean; staleAfterMs: number };
  dataDir: string;
  /** Where the BFF keeps what it remembers (decision 022): SQLite in DATA_DIR, or PostgreSQL at DATABASE_URL. */
  database: DatabaseConfig;
  /** The API's rate limits per account and per client address, each a minute's worth (decision 022). */
  rateLimits: { readsPerMinute: number; writesPerMinute: number };
  bootstrapAdmin: { username: string; password: string } | undefined;
  publicOrigin: string | undefined;
  trustProxy: number;
  session: { idleMs: number; maxMs: number };
  demo: { tenantUsers: number; password: string | undefined; simPort: number };
  logLevel: LogLevel;
  /** `GET /metrics`: on a port of its own, and/or on the main port to a bearer token; neither: not served. */
  metrics: { port: number | undefined; token: string | undefined };
  /** OIDC_ISSUER and its companions; undefined when no identity provider is configured. */
  sso: SsoConfig | undefined;
  /** LOCAL_SIGN_IN: the password form (the accounts CLI works either way). */
  localSignIn: boolean;
}

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.problems = problems;
  }
}

/** Parses the environment once at start; every bad variable is named in the error. */
export function readConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".") || "environment"}: ${i.message}`));
  }
  const env = parsed.data;
  return {
    port: env.PORT,
    host: env.HOST,
    platform: env.PLATFORM,
    upstream: env.PLATFORM === "bpcc" && env.BPCC_BASE_URL ? readUpstream(env) : undefined,
    genesys: env.PLATFORM === "genesys" && env.GWS_BASE_URL ? readGenesys(env) : undefined,
    requestDeadlineMs: env.BPCC_REQUEST_DEADLINE_MS,
    userIndex: { fillOnStart: env.USER_INDEX_FILL === "start", staleAfterMs: env.USER_INDEX_STALE_MINUTES * 60_000 },
    dataDir: resolve(env.DATA_DIR),
    database: readDatabase(env),
    rateLimits: { readsPerMinute: env.RATE_LIMIT_READS_PER_MINUTE, writesPerMinute: env.RATE_LIMIT_WRITES_PER_MINUTE },
    bootstrapAdmin:
      env.DASHBOARD_ADMIN_USER && env.DASHBOARD_ADMIN_PASSWORD
        ? { username: env.DASHBOARD_ADMIN_USER, password: env.DASHBOARD_ADMIN_PASSWORD }
        : undefined,
    publicOrigin: env.PUBLIC_ORIGIN ? new URL(env.PUBLIC_ORIGIN).origin : undefined,
    trustProxy: env.TRUST_PROXY,
    session: { idleMs: env.SESSION_IDLE_MINUTES * 60_000, maxMs: env.SESSION_MAX_HOURS * 3_600_000 },
    demo: { tenantUsers: env.DEMO_TENANT_USERS, password: env.DEMO_PASSWORD, simPort: env.DEMO_SIM_PORT },
    sso: env.OIDC_ISSUER ? readSso(env) : undefined,
    localSignIn: env.LOCAL_SIGN_IN === "on",
    logLevel: env.LOG_LEVEL ?? ((env.PLATFORM === "genesys" ? env.GWS_BASE_URL : env.BPCC_BASE_URL) ? DEFAULT_LOG_LEVEL.deployed : DEFAULT_LOG_LEVEL.demo),
    metrics: { port: env.METRICS_PORT, token: env.METRICS_TOKEN ?? (env.METRICS_TOKEN_FILE ? readSecretFile("METRICS_TOKEN_FILE", env.METRICS_TOKEN_FILE) : undefined) },
  };
}

/** A secret given in a file (a mounted secret), named by its variable when missing or empty. */
export type DatabaseConfig =
  | { kind: "sqlite"; dataDir: string }
  | { kind: "postgres"; url: string; poolMax: number; statementTimeoutMs: number };

function readDatabase(env: Env): DatabaseConfig {
  const url = env.DATABASE_URL ?? (env.DATABASE_URL_FILE ? readSecretFile("DATABASE_URL_FILE", env.DATABASE_URL_FILE) : undefined);
  if (url === undefined) return { kind: "sqlite", dataDir: resolve(env.DATA_DIR) };
  // The file's content is held to the variable's rule; the message never repeats the URL (it holds a password).
  if (!/^postgres(ql)?:\/\/\S+$/.test(url)) throw new ConfigError(["DATABASE_URL_FILE: must hold a PostgreSQL URL, postgres://user:password@host:5432/database"]);
  return { kind: "postgres", url, poolMax: env.DATABASE_POOL_MAX, statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS };
}

function readSecretFile(variable: string, file: string): string {
  if (!existsSync(file)) throw new ConfigError([`${variable}: no file at ${file}`]);
  const secret = readFileSync(file, "utf8").trim();
  if (!secret) throw new ConfigError([`${variable}: ${file} is empty`]);
  return secret;
}

function readSso(env: Env): SsoConfig {
  const origin = new URL(env.PUBLIC_ORIGIN ?? "").origin;
  return {
    issuer: env.OIDC_ISSUER ?? "",
    clientId: env.OIDC_CLIENT_ID ?? "",
    clientSecret: env.OIDC_CLIENT_SECRET ?? (env.OIDC_CLIENT_SECRET_FILE ? readSecretFile("OIDC_CLIENT_SECRET_FILE", env.OIDC_CLIENT_SECRET_FILE) : ""),
    redirectUri: `${origin}${SSO_CALLBACK_PATH}`,
    postLogoutRedirectUri: `${origin}/sign-in`,
    rolesClaim: env.OIDC_ROLES_CLAIM,
    roleMap: env.OIDC_ROLE_MAP ?? new Map(),
    teamsClaim: env.OIDC_TEAMS_CLAIM,
    displayName: env.OIDC_DISPLAY_NAME,
  };
}

/** The provider's way back into Switchboard, to register with it as the redirect URI. */
export const SSO_CALLBACK_PATH = "/api/auth/oidc/callback";

function readGenesys(env: Env): GenesysConfig {
  return {
    baseUrl: (env.GWS_BASE_URL ?? "").replace(/\/+$/, ""),
    username: env.GWS_USERNAME ?? "",
    password: env.GWS_PASSWORD ?? (env.GWS_PASSWORD_FILE ? readSecretFile("GWS_PASSWORD_FILE", env.GWS_PASSWORD_FILE) : ""),
    timeoutMs: env.GWS_TIMEOUT_MS,
    concurrency: env.GWS_CONCURRENCY,
  };
}

function readUpstream(env: Env): UpstreamConfig {
  let secret = env.BPCC_CLIENT_SECRET;
  if (!secret && env.BPCC_CLIENT_SECRET_FILE) secret = readSecretFile("BPCC_CLIENT_SECRET_FILE", env.BPCC_CLIENT_SECRET_FILE);
  return {
    baseUrl: (env.BPCC_BASE_URL ?? "").replace(/\/+$/, ""),
    clientId: env.BPCC_CLIENT_ID ?? "",
    clientSecret: secret ?? "",
    scope: env.BPCC_SCOPE ?? "",
    timeoutMs: env.BPCC_TIMEOUT_MS,
    concurrency: env.BPCC_CONCURRENCY,
  };
}

/** Reads `.env` in the working directory when present; real environment variables win. */
export function loadDotEnv(file = ".env"): void {
  if (existsSync(file)) process.loadEnvFile(file);
}
