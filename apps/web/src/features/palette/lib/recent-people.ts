import { z } from "zod";

/** How many people the palette remembers per account. */
export const RECENT_LIMIT = 5;

const RecentPeopleSchema = z.array(z.object({ loginId: z.string().min(1), name: z.string() })).max(RECENT_LIMIT);
export type RecentPerson = z.infer<typeof RecentPeopleSchema>[number];

/** Per account, in this browser: two people sharing a desk keep their own lists. */
function storageKey(account: string): string {
  return `switchboard.recent-people.${account}`;
}

/** The people `account` opened last, the latest first; nothing when none, or the entry is unreadable. */
export function readRecentPeople(account: string): RecentPerson[] {
  try {
    const stored = window.localStorage.getItem(storageKey(account));
    if (!stored) return [];
    const parsed = RecentPeopleSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** `person` was opened: first in the list, once, the oldest dropped past five. */
export function rememberPerson(account: string, person: RecentPerson): void {
  const next = [person, ...readRecentPeople(account).filter((p) => p.loginId !== person.loginId)].slice(0, RECENT_LIMIT);
  try {
    window.localStorage.setItem(storageKey(account), JSON.stringify(next));
  } catch {
    // Storage blocked or full: the palette simply has no recent people.
  }
}
