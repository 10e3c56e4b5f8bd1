import type { Random } from "./random.ts";
import { makeLoginInfo } from "./login-info.ts";
import type { UserRecord } from "./types.ts";

interface Person {
  loginId: string;
  firstName: string;
  lastName: string;
  extension: string;
  team: string;
  roles: string[];
}

/**
 * The people the seed collection's examples show (Get Directory, Get User Data, Update User),
 * with the same extensions, plus the API user the credentials belong to — on a real tenant the
 * client_id is a username. testuser005 is left out: the Create User example creates it.
 */
const EXAMPLE_PEOPLE: readonly Person[] = [
  { loginId: "user", firstName: "User", lastName: "Lastname", extension: "1000", team: "Customer Service", roles: ["Agent"] },
  { loginId: "navarro", firstName: "Jose", lastName: "Navarro", extension: "1001", team: "Support Team", roles: ["Agent"] },
  { loginId: "wandabui", firstName: "Wanda", lastName: "Bui", extension: "1002", team: "Customer Service", roles: ["Agent"] },
  { loginId: "dale.turner", firstName: "Dale", lastName: "Turner", extension: "1004", team: "Management", roles: ["Supervisor"] },
  { loginId: "edna.partee", firstName: "Edna", lastName: "Partee", extension: "1005", team: "Accounting", roles: ["Agent"] },
  { loginId: "eric.chen", firstName: "Eric", lastName: "Chen", extension: "1006", team: "Support Team", roles: ["Agent"] },
  { loginId: "testuser004", firstName: "Test", lastName: "User004", extension: "2004", team: "Support Team", roles: ["Agent"] },
];

const FRANK_ZAPPA: UserRecord = {
  loginId: "frank.zappa",
  firstName: "Frank",
  lastName: "Zappa",
  team: "Customer Service",
  extension: "1048",
  email: "frank.zappa@gmail.com",
  disabled: false,
  changePassword: false,
  skills: {},
  roles: ["Agent"],
  voiceMail: false,
  greeting: false,
  loginInfo: {
    isLoggedIn: true,
    lastLogin: "2024-01-11T20:39:16.000Z",
    lastLogout: "2024-01-11T20:39:16.000Z",
    browser: "Chrome 120.0.0",
    phoneMode: "Browser Secure",
    os: "Linux",
    ipAddress: "172.27.0.1",
    userAgent: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
    adHelperVersion: "5.20.0.604",
    appType: "Agent Desktop",
    appVersion: "5.24.99.755",
  },
  lockout: { failedAttempts: 0 },
};

export interface FixtureOptions {
  apiUserLoginId: string;
  referenceTime: number;
  /** When navarro's lockout began: even a 10-user tenant shows one locked and one disabled account. */
  lockedAt: number;
  maxLoginAttempts: number;
}

export function makeFixtureUsers(random: Random, options: FixtureOptions): UserRecord[] {
  const { apiUserLoginId, referenceTime } = options;
  const people = EXAMPLE_PEOPLE.map((person) => makeUser(person, random, referenceTime));
  const [user, navarro, wandabui] = people;
  if (user) {
    user.external = "16505555555";
    user.voiceMail = true;
  }
  if (navarro) navarro.lockout = { failedAttempts: options.maxLoginAttempts, lastFailedAt: options.lockedAt, lockedAt: options.lockedAt };
  if (wandabui) wandabui.disabled = true;
  const users = [...people, { ...FRANK_ZAPPA, skills: {}, roles: ["Agent"], loginInfo: { ...FRANK_ZAPPA.loginInfo }, lockout: { failedAttempts: 0 } }];
  if (!users.some((user) => user.loginId === apiUserLoginId)) {
    const apiUser = { loginId: apiUserLoginId, firstName: "API", lastName: "User", extension: "1007", team: "Administrators", roles: ["Administrator"] };
    users.push(makeUser(apiUser, random, referenceTime));
  }
  return users;
}

function makeUser(person: Person, random: Random, referenceTime: number): UserRecord {
  return {
    ...person,
    roles: [...person.roles],
    email: `${person.loginId}@nowhere.net`,
    disabled: false,
    changePassword: false,
    skills: person.roles.includes("Agent") ? { Support: 100, Mobile: 100, Cable: 70 } : {},
    voiceMail: false,
    greeting: false,
    loginInfo: makeLoginInfo(random, referenceTime),
    lockout: { failedAttempts: 0 },
  };
}
