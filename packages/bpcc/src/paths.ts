import { BpccError } from "./errors.ts";

// Every path parameter goes through here, so that `a/b`, `../team` or `o'brien` stays one segment
// of /user/{username} and can never address another endpoint.

export function buildUserPath(loginId: string): string {
  return `/user/${encodeSegment(loginId)}`;
}

export function buildLockPath(loginId: string): string {
  return `/user/lock/${encodeSegment(loginId)}`;
}

/**
 * encodeURIComponent leaves dots alone, and URL parsing resolves a "." or ".." segment (even
 * spelled %2e) against its parent, so those two are refused rather than sent.
 */
export function encodeSegment(value: string): string {
  if (value === "" || value === "." || value === "..") {
    throw new BpccError(`"${value}" cannot be used as a BPCC username`, { kind: "validation" });
  }
  return encodeURIComponent(value);
}
