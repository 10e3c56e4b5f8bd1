import type { FixedAccessNumber, UserRecord } from "./types.ts";

/**
 * Builds the directory and access-number bodies, compact as the real tenant sends them (the
 * collection's Content-Length values match compact JSON, not its pretty-printed examples).
 */
export function renderDirectory(users: Iterable<UserRecord>): string {
  const sorted = [...users].sort(byExtension);
  const parts = new Array<string>(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    const user = sorted[i];
    if (user) parts[i] = JSON.stringify(directoryEntry(user));
  }
  return `[${parts.join(",")}]`;
}

function directoryEntry(user: UserRecord): Record<string, string | boolean> {
  const entry: Record<string, string | boolean> = {
    extension: user.extension,
    loginId: user.loginId,
    firstName: user.firstName,
    lastName: user.lastName,
  };
  if (user.external !== undefined) entry["external"] = user.external;
  entry["voiceMail"] = user.voiceMail;
  entry["greeting"] = user.greeting;
  return entry;
}

type AccessNumberEntry = FixedAccessNumber | {
  number: string;
  media: string;
  type: "softphone";
  extension: string;
  loginId: string;
  firstName: string;
  lastName: string;
};

/**
 * Numbers routed to scenarios and devices, then every user's DID as a `softphone` assignment
 * (the shape Bright Pattern's Export Access Numbers page documents). A DID that is also a
 * scenario's number is listed once, as the scenario.
 */
export function renderAccessNumbers(fixed: readonly FixedAccessNumber[], users: Iterable<UserRecord>): string {
  const entries: AccessNumberEntry[] = [...fixed];
  const listed = new Set(fixed.map((entry) => entry.number));
  for (const user of users) {
    if (user.external === undefined || listed.has(user.external)) continue;
    entries.push({
      number: user.external,
      media: "voice",
      type: "softphone",
      extension: user.extension,
      loginId: user.loginId,
      firstName: user.firstName,
      lastName: user.lastName,
    });
  }
  entries.sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0));
  return JSON.stringify(entries);
}

function byExtension(a: UserRecord, b: UserRecord): number {
  const difference = Number(a.extension) - Number(b.extension);
  if (difference !== 0 && !Number.isNaN(difference)) return difference;
  return a.extension < b.extension ? -1 : a.extension > b.extension ? 1 : 0;
}
