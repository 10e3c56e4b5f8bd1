import { randomBytes } from "node:crypto";
import type { Clock } from "../clock.ts";

/** Benchmarks fetch many tokens; past this many, expired ones are forgotten. */
const PURGE_AT = 10_000;

export type TokenCheck = "valid" | "expired" | "unknown";

/** Issued access tokens and when each expires, on the simulator's clock. */
export class TokenStore {
  private readonly tokens = new Map<string, number>();
  private readonly clock: Clock;

  constructor(clock: Clock) {
    this.clock = clock;
  }

  /** 64 upper-case hex digits, the shape of the collection's example token. */
  issue(ttlSeconds: number): string {
    if (this.tokens.size >= PURGE_AT) this.forgetExpired();
    const token = randomBytes(32).toString("hex").toUpperCase();
    this.tokens.set(token, this.clock.now() + ttlSeconds * 1000);
    return token;
  }

  check(token: string): TokenCheck {
    const expiresAt = this.tokens.get(token);
    if (expiresAt === undefined) return "unknown";
    return this.clock.now() < expiresAt ? "valid" : "expired";
  }

  revokeAll(): void {
    this.tokens.clear();
  }

  get size(): number {
    return this.tokens.size;
  }

  private forgetExpired(): void {
    const now = this.clock.now();
    for (const [token, expiresAt] of this.tokens) if (expiresAt <= now) this.tokens.delete(token);
  }
}
