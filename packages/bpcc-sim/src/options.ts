import { z } from "zod";
import { parseOptions, randomSecret } from "./options-parse.ts";
import { DEFAULT_POLICY } from "./tenant/catalog.ts";
import type { SecurityPolicy } from "./tenant/types.ts";

export interface SimulatorOptions {
  /** Tenant size, 10 to 50,000; default 500. */
  users?: number;
  /** Same seed, same tenant; default 42. */
  seed?: number;
  /** Default "switchboard-demo"; also seeded as the API user ("API User") in the directory. */
  clientId?: string;
  /** Default: a fresh random secret per simulator. */
  clientSecret?: string;
  /** The tenant domain the token call must name; default "demo.brightpattern.local". */
  scope?: string;
  /** Default 3600. */
  tokenTtlSeconds?: number;
  /** Fixed delay before every API answer; default 0. */
  latencyMs?: number;
  /** Extra random delay, 0 to this many ms; default 0. */
  jitterMs?: number;
  /** Overrides of the tenant's security policy (lockout after 6 failures for 30 minutes, passwords of 8+ with a letter and a digit). */
  securityPolicy?: Partial<SecurityPolicy>;
}

export interface SimCredentials {
  clientId: string;
  clientSecret: string;
  scope: string;
}

const nonEmpty = z.string().trim().min(1);
const delay = z.number().int().min(0).max(600_000);

const OptionsSchema = z.strictObject({
  users: z.number().int().min(10).max(50_000).default(500),
  seed: z.number().int().default(42),
  clientId: nonEmpty.default("switchboard-demo"),
  clientSecret: nonEmpty.optional(),
  scope: nonEmpty.default("demo.brightpattern.local"),
  tokenTtlSeconds: z.number().int().min(1).max(31_536_000).default(3600),
  latencyMs: delay.default(0),
  jitterMs: delay.default(0),
  securityPolicy: z
    .strictObject({
      enableLockouts: z.boolean().default(DEFAULT_POLICY.enableLockouts),
      maxLoginAttempts: z.number().int().min(1).max(100).default(DEFAULT_POLICY.maxLoginAttempts),
      resetAttemptCountAfterMinutes: z.number().int().min(0).default(DEFAULT_POLICY.resetAttemptCountAfterMinutes),
      lockoutDurationMinutes: z.number().int().min(0).default(DEFAULT_POLICY.lockoutDurationMinutes),
      passwordMinLength: z.number().int().min(1).max(128).default(DEFAULT_POLICY.passwordMinLength),
      passwordRequiresLetter: z.boolean().default(DEFAULT_POLICY.passwordRequiresLetter),
      passwordRequiresDigit: z.boolean().default(DEFAULT_POLICY.passwordRequiresDigit),
      passwordMayContainLoginId: z.boolean().default(DEFAULT_POLICY.passwordMayContainLoginId),
    })
    .prefault({}),
});

export interface SimulatorConfig {
  users: number;
  seed: number;
  credentials: SimCredentials;
  tokenTtlSeconds: number;
  latencyMs: number;
  jitterMs: number;
  policy: SecurityPolicy;
}

/** Validates options at the boundary; a bad one throws a message that names it. */
export function resolveOptions(options: SimulatorOptions = {}): SimulatorConfig {
  const parsed = parseOptions(OptionsSchema, options);
  return {
    users: parsed.users,
    seed: parsed.seed,
    credentials: {
      clientId: parsed.clientId,
      clientSecret: parsed.clientSecret ?? randomSecret(64),
      scope: parsed.scope,
    },
    tokenTtlSeconds: parsed.tokenTtlSeconds,
    latencyMs: parsed.latencyMs,
    jitterMs: parsed.jitterMs,
    policy: parsed.securityPolicy,
  };
}
