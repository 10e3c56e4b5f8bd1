import { createFaultControls, releaseHanging, type FaultControls, type TriggerOptions } from "@switchboard/bpcc-sim";
import { isValidSelector } from "../faults/endpoints.ts";
import type { Quirks, StatusCodeStyle } from "../options.ts";
import { createFaults, createTenant, type SimState } from "../sim-state.ts";

export type { TriggerOptions };

export interface SimControl extends FaultControls {
  /** Invalidates every session's CSRF token: the next write with it gets 403, the next GET answers a new one. */
  rotateCsrfToken(): void;
  /** Forgets every JSESSIONID: the next call opens a new session, with a new CSRF token. */
  expireSessions(): void;
  /** CSRF protection on or off. */
  setCsrf(enabled: boolean): void;
  /** Error envelopes with HTTP 200 (the quirk of some proxies and versions) or with their own status. */
  setErrorsWithHttp200(enabled: boolean): void;
  /** How `statusCode` is written: `documented`, `strings` or `numbers`. */
  setStatusCodes(style: StatusCodeStyle): void;
  quirks(): Quirks;
  /** The tenant as seeded again, no faults, quirks as the options say, counters at zero. Sessions stay. */
  reset(): void;
  userCount(): number;
}

const STYLES: readonly StatusCodeStyle[] = ["documented", "strings", "numbers"];

export function createSimControl(state: SimState): SimControl {
  const boolean = (name: string, value: unknown): boolean => {
    if (typeof value !== "boolean") throw new RangeError(`${name} must be true or false, got ${String(value)}`);
    return value;
  };
  return {
    ...createFaultControls(state, isValidSelector),
    rotateCsrfToken: () => state.sessions.rotateCsrfTokens(),
    expireSessions: () => state.sessions.expireAll(),
    setCsrf: (enabled) => void (state.quirks.csrf = boolean("csrf", enabled)),
    setErrorsWithHttp200: (enabled) => void (state.quirks.errorsWithHttp200 = boolean("errorsWithHttp200", enabled)),
    setStatusCodes: (style) => {
      if (!STYLES.includes(style)) throw new RangeError(`statusCodes must be one of ${STYLES.join(", ")}, got ${style}`);
      state.quirks.statusCodes = style;
    },
    quirks: () => ({ ...state.quirks }),
    reset: () => {
      state.tenant = createTenant(state.config);
      state.faults = createFaults(state.config);
      state.quirks = { ...state.config.quirks };
      state.calls.reset();
      releaseHanging(state);
    },
    userCount: () => state.tenant.userCount,
  };
}
