import type { Platform } from "../../platform/platform.ts";

/**
 * The skills the tenant is known to use. The platform has no list of skills, so this is what the BFF
 * has seen users hold: every user it read, created or changed. Kept in this process's memory for now;
 * the whole-tenant user index will feed it through `record` (or stand behind this interface itself).
 */
export interface SkillsSeen {
  record(names: Iterable<string>): void;
  /** Every name seen, A to Z whatever the case. */
  names(): string[];
}

const byName = new Intl.Collator("en", { sensitivity: "base", numeric: true });

export function createSkillsSeen(): SkillsSeen {
  // Bounded by the tenant: only names the platform answered or accepted are ever recorded.
  const seen = new Set<string>();
  return {
    record(names) {
      for (const name of names) seen.add(name);
    },
    names: () => [...seen].sort(byName.compare),
  };
}

/** The port, with every user it answers, and every skill set it accepts, noted in `seen`. */
export function recordingSkillsSeen(platform: Platform, seen: SkillsSeen): Platform {
  const listUsers = platform.listUsers?.bind(platform);
  return {
    ...platform,
    ...(listUsers && {
      async listUsers() {
        const users = await listUsers();
        for (const user of users) seen.record(Object.keys(user.skills));
        return users;
      },
    }),
    async getUser(loginId) {
      const user = await platform.getUser(loginId);
      seen.record(Object.keys(user.skills));
      return user;
    },
    async createUser(user) {
      await platform.createUser(user);
      seen.record(Object.keys(user.skills ?? {}));
    },
    async updateUser(loginId, change) {
      await platform.updateUser(loginId, change);
      seen.record(Object.keys(change.skills ?? {}));
    },
  };
}
