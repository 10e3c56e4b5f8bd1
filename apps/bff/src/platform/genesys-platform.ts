import { GenesysError, type GenesysCallOptions, type GenesysClient, type GenesysRole, type GenesysSkill, type GenesysUser, type GenesysUserName } from "@switchboard/genesys";
import { PLATFORM_OPERATIONS, type Capabilities, type CreateUserRequest, type FieldError, type PlatformOperation, type UserChange } from "@switchboard/contracts";
import { AppError, PARTIALLY_SAVED_TYPE } from "../errors/app-error.ts";
import { toDirectoryEntry, toUser } from "./genesys-mappings.ts";
import type { Platform } from "./platform.ts";
import { currentDeadline, runDetached, waitWithinDeadline } from "./request-deadline.ts";

/**
 * GWS 8.5 has no lock state, teams or access numbers in its Users API (issue 13). A password reset is
 * left out too: GWS sets `password` by update but cannot set `changePasswordOnFirstLogin` after
 * creation, and a reset must oblige the user to change the temporary password (decision 006; the
 * contract's `changePassword: true`). Decision 017 says how to offer it should that be accepted.
 */
const LACKING: readonly PlatformOperation[] = ["getLockState", "unlock", "resetPassword", "listTeams", "listAccessNumbers"];

export const GENESYS_CAPABILITIES: Capabilities = {
  platform: "genesys",
  operations: PLATFORM_OPERATIONS.filter((operation) => !LACKING.includes(operation)),
  editableUserFields: ["firstName", "lastName", "roles", "skills"],
  creatableUserFields: ["loginId", "firstName", "lastName", "password", "changePassword", "roles", "skills"],
  // The seed's userName is the e-mail form.
  loginIdFormat: "email",
};

/** A new user given no roles is an agent: GWS needs at least one. */
const DEFAULT_ROLES: GenesysRole[] = ["ROLE_AGENT"];

/** Role names as sent: the client checks them before anything leaves, and refuses an unknown one on `roles` (400). */
const asRoles = (roles: readonly string[]) => roles as GenesysRole[];
/** Skill calls sent at once for one user: a few, so that a 50-skill change stays within the deadline without taking the whole pool. */
const SKILL_CALLS_AT_ONCE = 4;


/** Every call stops at the deadline of the request it serves: the client then throws its `timeout`. */
function withinDeadline(): GenesysCallOptions {
  return { signal: currentDeadline() };
}

/** GWS compares user names without regard to case. */
const key = (userName: string) => userName.toLowerCase();

function noSuchUser(): GenesysError {
  return new GenesysError("No Genesys user has this user name", { kind: "not_found", upstreamMessage: "user not found" });
}

/** Runs `work` over `items`, `width` at a time, and settles them all (none stops the others). */
async function settleEach<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<Array<{ item: T; error?: unknown }>> {
  const results: Array<{ item: T; error?: unknown }> = [];
  let next = 0;
  async function lane() {
    while (next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
        results.push({ item });
      } catch (error) {
        results.push({ item, error });
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
  return results;
}

type SkillPlan = { assign: Array<{ skill: GenesysSkill; level: number }>; remove: GenesysSkill[] };

/**
 * The port over the GWS client. The console names users by `userName`, GWS by a 32-hex id: the adapter
 * keeps the name → id map of the last user list and lists again only on a miss (decision 017).
 */
export function createGenesysPlatform(client: GenesysClient): Platform {
  let ids = new Map<string, string>();
  let listing: Promise<unknown> | undefined;

  function remember(users: readonly GenesysUserName[]): void {
    ids = new Map(users.map((user) => [key(user.userName), user.id]));
  }

  /**
   * One list of names at a time serves every miss that happens meanwhile: `fields=id,userName`, a tenth
   * of a full list's bytes, so that a cold start finds a user quickly. It runs outside the deadline of
   * the request that started it (which must not fail the others; the client's own timeouts bound it),
   * and each request waits for it only until its own deadline.
   */
  async function listAndRemember(): Promise<void> {
    listing ??= runDetached(async () => remember(await client.listUserNames())).finally(() => (listing = undefined));
    await waitWithinDeadline(listing);
  }

  /** The id of a user name: the map first, a fresh list on a miss (a user created elsewhere). */
  async function idOf(userName: string): Promise<{ id: string; fresh: boolean }> {
    const known = ids.get(key(userName));
    if (known) return { id: known, fresh: false };
    await listAndRemember();
    const id = ids.get(key(userName));
    if (!id) throw noSuchUser();
    return { id, fresh: true };
  }

  /**
   * A call about one user. An id from the map may be stale (the user deleted, or deleted and created
   * again elsewhere under the same name): on "not found" the list is read again and, if the name now
   * has another id, the call is made once more.
   */
  async function aboutUser<T>(userName: string, call: (id: string) => Promise<T>): Promise<T> {
    const { id, fresh } = await idOf(userName);
    try {
      return await call(id);
    } catch (error) {
      if (fresh || !(error instanceof GenesysError) || error.kind !== "not_found") throw error;
      ids.delete(key(userName));
      const again = await idOf(userName);
      if (again.id === id) throw error;
      return call(again.id);
    }
  }

  /** The assigns and removals that turn `current` into `wanted`; a name the catalogue lacks is a field error before any call. */
  async function planSkills(current: readonly GenesysSkill[], wanted: Record<string, number>): Promise<SkillPlan> {
    const held = new Map(current.map((skill) => [skill.name, skill]));
    const toAssign = Object.entries(wanted).filter(([name, level]) => held.get(name)?.level !== level);
    const remove = current.filter((skill) => !Object.hasOwn(wanted, skill.name));
    if (toAssign.length === 0) return { assign: [], remove };
    const catalogue = new Map((await client.listSkills(withinDeadline())).map((skill) => [skill.name, skill]));
    const unknown: FieldError[] = toAssign
      .filter(([name]) => !catalogue.has(name))
      .map(([name]) => ({ field: `skills.${name}`, message: "The contact center does not know this skill. Check its spelling, or remove it." }));
    if (unknown.length > 0) {
      throw new AppError({ status: 400, title: "Refused by the contact center", type: "/problems/upstream-validation", detail: "The contact center does not know some of these skills.", errors: unknown });
    }
    return { assign: toAssign.map(([name, level]) => ({ skill: catalogue.get(name) as GenesysSkill, level })), remove };
  }

  /**
   * Applies a plan, every call tried whatever the others do. When some fail, the rest stay applied
   * and the answer names each skill that did not take (`skills.<name>`), status 502.
   */
  async function applySkills(userId: string, plan: SkillPlan): Promise<void> {
    type Step = { name: string; run: () => Promise<void> };
    const steps: Step[] = [
      ...plan.remove.map((skill) => ({ name: skill.name, run: () => client.unassignSkill(userId, skill.id, withinDeadline()) })),
      ...plan.assign.map(({ skill, level }) => ({
        name: skill.name,
        run: () => client.assignSkill(userId, skill.uri ? { skillUri: skill.uri, level } : { skillId: skill.id, level }, withinDeadline()),
      })),
    ];
    const failed = (await settleEach(steps, SKILL_CALLS_AT_ONCE, (step) => step.run())).filter((result) => result.error !== undefined);
    if (failed.length === 0) return;
    const applied = steps.filter((step) => !failed.some((result) => result.item === step)).map((step) => step.name);
    const firstError = failed[0]?.error;
    // Every skill failed for the same reason as a single call would: let that error speak (a timeout stays a 504).
    if (applied.length === 0 && failed.length === 1) throw firstError;
    throw new AppError({
      status: 502,
      title: "Partly saved",
      type: PARTIALLY_SAVED_TYPE,
      // Names both sides, so the audit record's reason (this detail) says what took and what did not.
      detail: `The contact center did not take the change to ${failed.map(({ item }) => item.name).join(", ")}; the other skill changes (${applied.join(", ") || "none"}) were saved. Reload the user and try again.`,
      errors: failed.map(({ item }) => ({ field: `skills.${item.name}`, message: "The contact center did not take this change. Try again." })),
      extensions: { applied, failed: failed.map(({ item }) => item.name) },
    });
  }

  /** The paged list with every field and subresource, remembered: the directory and the user index both read it. */
  async function listWithDetails(): Promise<GenesysUser[]> {
    const users = await client.listUsers({ ...withinDeadline(), subresources: true });
    remember(users);
    return users;
  }

  return {
    capabilities: GENESYS_CAPABILITIES,
    // The active device's number comes with the user (subresources=*): no wait for the directory.
    userCarriesDirectNumber: true,
    // The GWS API user is in the directory under its user name (its login id here).
    apiUserLoginId: client.username,
    async checkReady() {
      await client.getMe(withinDeadline());
    },
    async listDirectory() {
      return (await listWithDetails()).map(toDirectoryEntry);
    },
    async listUsers() {
      return (await listWithDetails()).map(toUser);
    },
    async getUser(loginId) {
      return toUser(await aboutUser(loginId, (id) => client.getUser(id, { ...withinDeadline(), subresources: true })));
    },
    async createUser(user: CreateUserRequest) {
      const id = await client.createUser(
        {
          userName: user.loginId,
          firstName: user.firstName,
          lastName: user.lastName,
          // The users service always gives one: typed, or generated (decision 006).
          password: user.password ?? "",
          roles: user.roles && user.roles.length > 0 ? asRoles(user.roles) : DEFAULT_ROLES,
          ...(user.changePassword === undefined ? {} : { changePasswordOnFirstLogin: user.changePassword }),
        },
        withinDeadline(),
      );
      ids.set(key(user.loginId), id);
      if (user.skills && Object.keys(user.skills).length > 0) await applySkills(id, await planSkills([], user.skills));
    },
    async updateUser(loginId, change: UserChange) {
      await aboutUser(loginId, async (id) => {
        const { firstName, lastName, roles } = change;
        if (firstName !== undefined || lastName !== undefined || roles !== undefined) {
          await client.updateUser(id, { firstName, lastName, roles: roles && asRoles(roles) }, withinDeadline());
        }
        if (change.skills !== undefined) {
          await applySkills(id, await planSkills(await client.listUserSkills(id, withinDeadline()), change.skills));
        }
      });
    },
    async deleteUser(loginId) {
      await aboutUser(loginId, (id) => client.deleteUser(id, withinDeadline()));
      ids.delete(key(loginId));
    },
    async getLockState() {
      throw AppError.notSupported("genesys", "getLockState");
    },
    async unlock() {
      throw AppError.notSupported("genesys", "unlock");
    },
    async resetPassword() {
      throw AppError.notSupported("genesys", "resetPassword");
    },
    async listTeams() {
      throw AppError.notSupported("genesys", "listTeams");
    },
    async listAccessNumbers() {
      throw AppError.notSupported("genesys", "listAccessNumbers");
    },
  };
}
