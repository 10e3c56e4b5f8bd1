import { AGENT_TEAMS, DEFAULT_POLICY, FIXED_ACCESS_NUMBERS, ROLES, SKILLS, TEAMS } from "./catalog.ts";
import { makeFixtureUsers } from "./fixture-users.ts";
import { makeLoginId } from "./login-id.ts";
import { makeLoginInfo } from "./login-info.ts";
import { pickName } from "./names.ts";
import { createRandom, type Random } from "./random.ts";
import type { SecurityPolicy, TenantSeed, UserRecord } from "./types.ts";

export interface SeedOptions {
  users: number;
  seed: number;
  apiUserLoginId: string;
  /** Login history is laid out backwards from here; pass a whole day so that one seed gives one tenant all day. */
  referenceTime: number;
  /** When seeded lockouts began, so that they last a full lockout duration from start. */
  now: number;
  policy?: SecurityPolicy;
}

const DID_PREFIXES: readonly string[] = ["1650555", "1415555", "1408555", "1510555", "1925555"];
const OFFICE_TEAMS: readonly string[] = ["Administrators", "Management", "Accounting", "Quality Assurance", "Workforce Management"];

/** Builds a whole tenant from a seed: same options, same tenant, byte for byte. */
export function seedTenant(options: SeedOptions): TenantSeed {
  const random = createRandom(options.seed);
  const maxLoginAttempts = options.policy?.maxLoginAttempts ?? DEFAULT_POLICY.maxLoginAttempts;
  const users = makeFixtureUsers(random, {
    apiUserLoginId: options.apiUserLoginId,
    referenceTime: options.referenceTime,
    lockedAt: options.now,
    maxLoginAttempts,
  });
  const takenLogins = new Set(users.map((user) => user.loginId));
  const takenExtensions = new Set(users.map((user) => user.extension));
  for (const entry of FIXED_ACCESS_NUMBERS) if ("extension" in entry && entry.extension) takenExtensions.add(entry.extension);
  const takenNumbers = new Set<string>([...FIXED_ACCESS_NUMBERS.map((entry) => entry.number), "16505555555"]);
  const loginSuffixes = new Map<string, number>();
  let nextExtension = 1008;

  for (let index = users.length; index < options.users; index++) {
    // Extensions climb with a gap now and then, as deletions leave them on a real tenant.
    while (takenExtensions.has(String(nextExtension)) || random.chance(0.03)) nextExtension++;
    const extension = String(nextExtension++);
    takenExtensions.add(extension);
    const { firstName, lastName } = pickName(random);
    const loginId = uniqueLoginId(makeLoginId(firstName, lastName), takenLogins, loginSuffixes);
    const user = makeUser(random, { loginId, firstName, lastName, extension }, options);
    if (random.chance(0.12)) user.external = uniqueDid(random, takenNumbers);
    users.push(user);
  }
  return {
    users,
    teams: [...TEAMS],
    skills: [...SKILLS],
    roles: [...ROLES],
    accessNumbers: FIXED_ACCESS_NUMBERS.map((entry) => ({ ...entry })),
    policy: { ...(options.policy ?? DEFAULT_POLICY) },
  };
}

interface Identity {
  loginId: string;
  firstName: string;
  lastName: string;
  extension: string;
}

function makeUser(random: Random, identity: Identity, options: SeedOptions): UserRecord {
  const office = random.chance(0.05);
  const team = office ? random.pick(OFFICE_TEAMS) : random.pick(AGENT_TEAMS);
  const roles = pickRoles(random, team);
  const voiceMail = random.chance(0.35);
  const user: UserRecord = {
    ...identity,
    team,
    disabled: random.chance(0.05),
    changePassword: random.chance(0.04),
    skills: roles.includes("Agent") ? pickSkills(random) : {},
    roles,
    voiceMail,
    greeting: voiceMail && random.chance(0.6),
    loginInfo: makeLoginInfo(random, options.referenceTime),
    lockout: { failedAttempts: 0 },
  };
  if (random.chance(0.9)) user.email = `${identity.loginId}@example.com`;
  if (random.chance(0.2)) user.workPhone = `415${random.int(2000000, 9999999)}`;
  if (random.chance(0.3)) user.mobilePhone = `650${random.int(2000000, 9999999)}`;
  const maxAttempts = options.policy?.maxLoginAttempts ?? DEFAULT_POLICY.maxLoginAttempts;
  if (random.chance(0.02)) user.lockout = { failedAttempts: maxAttempts, lastFailedAt: options.now, lockedAt: options.now };
  else if (random.chance(0.05)) user.lockout = { failedAttempts: random.int(1, maxAttempts - 1), lastFailedAt: options.now };
  return user;
}

function pickRoles(random: Random, team: string): string[] {
  if (team === "Administrators") return ["Administrator"];
  if (team === "Management") return ["Supervisor"];
  if (team === "Quality Assurance") return ["Quality Evaluator"];
  if (team === "Accounting" || team === "Workforce Management") return ["Reporting"];
  if (random.chance(0.06)) return ["Agent", "Supervisor"];
  if (random.chance(0.05)) return ["Agent", "Team Leader"];
  return ["Agent"];
}

function pickSkills(random: Random): Record<string, number> {
  const skills: Record<string, number> = {};
  const count = random.int(1, 4);
  for (let i = 0; i < count; i++) skills[random.pick(SKILLS)] = random.int(2, 20) * 5;
  return skills;
}

function uniqueLoginId(base: string, taken: Set<string>, suffixes: Map<string, number>): string {
  let loginId = base;
  let suffix = suffixes.get(base) ?? 1;
  while (taken.has(loginId)) loginId = `${base}${++suffix}`;
  suffixes.set(base, suffix);
  taken.add(loginId);
  return loginId;
}

function uniqueDid(random: Random, taken: Set<string>): string {
  for (;;) {
    const number = `${random.pick(DID_PREFIXES)}${String(random.int(0, 9999)).padStart(4, "0")}`;
    if (!taken.has(number)) {
      taken.add(number);
      return number;
    }
  }
}
