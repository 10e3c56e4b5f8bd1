import { parseOptions, randomSecret } from "@switchboard/bpcc-sim";
import { z } from "zod";

/** How `statusCode` is written: as the documented examples do (`"0"` on create, `"18"` on a taken name), always as a string, or never. */
export type StatusCodeStyle = "documented" | "strings" | "numbers";

export interface SimulatorOptions {
  /** Tenant size, the API user included: 10 to 50,000; default 500. */
  users?: number;
  /** Same seed, same tenant; default 42. */
  seed?: number;
  /** The Basic-auth user name; default "switchboard.api@example.com". Seeded as an administrator. */
  username?: string;
  /** Default: a fresh random password per simulator. */
  password?: string;
  /** Put before `/api/v2`, e.g. "/gws"; default none. */
  contextPath?: string;
  /** CSRF protection (GET answers the header name and token; writes must send it); default true. */
  csrf?: boolean;
  /** Default "documented". */
  statusCodes?: StatusCodeStyle;
  /** Answer error envelopes with HTTP 200 instead of their 4xx; default false. */
  errorsWithHttp200?: boolean;
  /** Fixed delay before every API answer; default 0. */
  latencyMs?: number;
  /** Extra random delay, 0 to this many ms; default 0. */
  jitterMs?: number;
}

export interface SimCredentials {
  username: string;
  password: string;
}

/** The wire quirks the control plane can switch at run time. */
export interface Quirks {
  csrf: boolean;
  statusCodes: StatusCodeStyle;
  errorsWithHttp200: boolean;
}

const nonEmpty = z.string().trim().min(1);
const delay = z.number().int().min(0).max(600_000);

const OptionsSchema = z.strictObject({
  users: z.number().int().min(10).max(50_000).default(500),
  seed: z.number().int().default(42),
  username: nonEmpty.refine((name) => !name.includes(":"), "must not contain ':' (Basic auth)").default("switchboard.api@example.com"),
  password: nonEmpty.optional(),
  contextPath: z
    .string()
    .regex(/^(\/[A-Za-z0-9._~-]+)*$/, "must be empty or like /gws (no trailing slash)")
    .refine((path) => !path.endsWith("/sim") && !path.startsWith("/sim/") && path !== "/sim", "must not be /sim (the control plane)")
    .default(""),
  csrf: z.boolean().default(true),
  statusCodes: z.enum(["documented", "strings", "numbers"]).default("documented"),
  errorsWithHttp200: z.boolean().default(false),
  latencyMs: delay.default(0),
  jitterMs: delay.default(0),
});

export interface SimulatorConfig {
  users: number;
  seed: number;
  credentials: SimCredentials;
  contextPath: string;
  quirks: Quirks;
  latencyMs: number;
  jitterMs: number;
}

/** Validates options at the boundary; a bad one throws a RangeError that names it. */
export function resolveOptions(options: SimulatorOptions = {}): SimulatorConfig {
  const parsed = parseOptions(OptionsSchema, options);
  return {
    users: parsed.users,
    seed: parsed.seed,
    credentials: { username: parsed.username, password: parsed.password ?? randomSecret(24) },
    contextPath: parsed.contextPath,
    quirks: { csrf: parsed.csrf, statusCodes: parsed.statusCodes, errorsWithHttp200: parsed.errorsWithHttp200 },
    latencyMs: parsed.latencyMs,
    jitterMs: parsed.jitterMs,
  };
}
