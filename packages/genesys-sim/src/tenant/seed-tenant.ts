import { createRandom, makeLoginId, pickName, type Random } from "@switchboard/bpcc-sim";
import { DEVICE_CAPABILITIES, DEVICE_MODELS, SKILL_NAMES, USER_DOMAIN, USER_STATES } from "./catalog.ts";
import { makeHexId, makeUuid } from "./ids.ts";
import { PhoneNumbers } from "./phone-numbers.ts";
import type { DeviceRecord, Flag, Role, SkillAssignment, SkillRecord, TenantSeed, UserRecord } from "./types.ts";

export interface SeedOptions {
  /** Tenant size, the API user and the fixture people included. */
  users: number;
  seed: number;
  /** The Basic-auth user, seeded as an administrator so that `GET /me` answers them. */
  apiUserName: string;
  apiPassword: string;
}

interface Person {
  firstName: string;
  lastName: string;
  userName?: string;
  roles?: Role[];
  enabled?: boolean;
  changePasswordOnFirstLogin?: boolean;
  doNotDisturb?: Flag;
  /** Skill name, level, and whether the level is answered as a string. */
  skills?: ReadonlyArray<readonly [string, number, boolean]>;
  devices?: number;
}

/** Known people, so that tests, demo instructions and e2e specs can name someone. */
const FIXTURES: readonly Person[] = [
  { firstName: "Eric", lastName: "Chen", roles: ["ROLE_AGENT"], skills: [["English", 8, false], ["Spanish", 5, true], ["Technical Support", 6, false]], devices: 1 },
  { firstName: "Dale", lastName: "Turner", roles: ["ROLE_ADMIN", "ROLE_AGENT"], doNotDisturb: "On", changePasswordOnFirstLogin: true, skills: [["Billing", 10, false]], devices: 2 },
  { firstName: "Wanda", lastName: "Bui", roles: ["ROLE_AGENT"], enabled: false, skills: [], devices: 0 },
  { firstName: "Edna", lastName: "Partee", roles: ["ROLE_AGENT"], skills: [["Sales", 0, true]], devices: 1 },
];

/** Builds a whole tenant from a seed: same options, same tenant. */
export function seedTenant(options: SeedOptions): TenantSeed {
  const random = createRandom(options.seed);
  const contactCenterId = makeHexId(random);
  const skills: SkillRecord[] = SKILL_NAMES.map((skill) => ({ id: makeUuid(random), ...skill }));
  const numbers = new PhoneNumbers();
  const taken = new Map<string, number>();
  const uniqueUserName = (firstName: string, lastName: string): string => {
    const base = makeLoginId(firstName, lastName);
    const count = (taken.get(base) ?? 0) + 1;
    taken.set(base, count);
    return `${count === 1 ? base : `${base}${count}`}@${USER_DOMAIN}`;
  };
  taken.set(options.apiUserName.toLowerCase().replace(/@.*$/, ""), 1);

  const users: UserRecord[] = [
    {
      ...makeUser(random, skills, numbers, { firstName: "API", lastName: "User", roles: ["ROLE_ADMIN"] }, options.apiUserName),
      skills: [],
      devices: [],
      password: options.apiPassword,
    },
  ];
  for (const person of FIXTURES) {
    if (users.length >= options.users) break;
    users.push(makeUser(random, skills, numbers, person, uniqueUserName(person.firstName, person.lastName)));
  }
  while (users.length < options.users) {
    const { firstName, lastName } = pickName(random);
    users.push(makeUser(random, skills, numbers, { firstName, lastName }, uniqueUserName(firstName, lastName)));
  }
  return { contactCenterId, users, skills };
}

function makeUser(random: Random, skills: readonly SkillRecord[], numbers: PhoneNumbers, person: Person, userName: string): UserRecord {
  const roles: Role[] = person.roles ?? (random.chance(0.04) ? ["ROLE_ADMIN", "ROLE_AGENT"] : ["ROLE_AGENT"]);
  const devices = makeDevices(random, numbers, person.devices);
  const active = devices.find((device) => device.deviceState === "Active");
  const doNotDisturb = person.doNotDisturb ?? active?.doNotDisturb ?? "Off";
  if (active) active.doNotDisturb = doNotDisturb;
  return {
    id: makeHexId(random),
    userName,
    firstName: person.firstName,
    lastName: person.lastName,
    emailAddress: userName,
    roles,
    enabled: person.enabled ?? !random.chance(0.05),
    changePasswordOnFirstLogin: person.changePasswordOnFirstLogin ?? random.chance(0.1),
    doNotDisturb,
    skills: person.skills ? namedSkills(skills, person.skills) : makeSkills(random, skills),
    devices,
  };
}

/** Zero to four skills, levels 1–10; about one in ten answered with the level as a string. */
function makeSkills(random: Random, skills: readonly SkillRecord[]): SkillAssignment[] {
  const count = random.int(0, 4);
  const chosen = new Set<string>();
  while (chosen.size < count) chosen.add(random.pick(skills).id);
  return [...chosen].map((skillId) => ({ skillId, level: random.int(1, 10), levelAsString: random.chance(0.1) }));
}

function namedSkills(skills: readonly SkillRecord[], wanted: NonNullable<Person["skills"]>): SkillAssignment[] {
  return wanted.map(([name, level, levelAsString]) => {
    const skill = skills.find((candidate) => candidate.name === name);
    if (!skill) throw new Error(`fixture skill ${name} is not in the catalogue`);
    return { skillId: skill.id, level, levelAsString };
  });
}

/** Most agents have one device, some two (the second inactive), a few none. */
function makeDevices(random: Random, numbers: PhoneNumbers, fixed?: number): DeviceRecord[] {
  const count = fixed ?? (random.chance(0.06) ? 0 : random.chance(0.15) ? 2 : 1);
  return Array.from({ length: count }, (_, index) => {
    const model = random.pick(DEVICE_MODELS);
    const number = numbers.take(random.chance(0.08) ? "GB" : "US");
    const forwarding = random.chance(0.05);
    const device: DeviceRecord = {
      id: makeHexId(random),
      deviceState: index === 0 ? "Active" : "Inactive",
      ...number,
      location: "/SIP_Switch",
      telephonyNetwork: "Private",
      userState: { ...(index === 0 ? random.pick(USER_STATES) : USER_STATES[2]) },
      doNotDisturb: random.chance(0.07) ? "On" : "Off",
      capabilities: [...DEVICE_CAPABILITIES],
      ...model,
    };
    if (forwarding) device.forwardTo = numbers.take("US").e164Number;
    return device;
  });
}
