import { LoginInfoSchema, UserSchema, type LoginInfo, type User } from "@switchboard/contracts";

/** Contact-center users, through the real contracts like every fixture. */
export function buildLoginInfo(overrides: Partial<LoginInfo> = {}): LoginInfo {
  return LoginInfoSchema.parse({
    signedIn: true,
    lastSignIn: "2024-01-11T20:39:16.000Z",
    lastSignOut: "2024-01-10T18:02:00.000Z",
    browser: "Chrome 120.0.0",
    os: "Linux",
    ipAddress: "172.27.0.1",
    application: "Agent Desktop",
    applicationVersion: "5.24.99.755",
    phoneMode: "Browser Secure",
    ...overrides,
  });
}

export function buildUser(overrides: Partial<User> & Pick<User, "loginId">): User {
  return UserSchema.parse({
    firstName: "Test",
    lastName: "User",
    team: "Customer Service",
    extension: "1048",
    email: `${overrides.loginId}@example.com`,
    workPhone: null,
    mobilePhone: null,
    did: null,
    roles: ["Agent"],
    skills: { Support: 100, Cable: 70 },
    disabled: false,
    changePassword: false,
    loginInfo: buildLoginInfo(),
    ...overrides,
  });
}

/** Frank Zappa of the API collection, as a helpdesk sees him. */
export const FRANK = buildUser({ loginId: "frank.zappa", firstName: "Frank", lastName: "Zappa", email: "frank.zappa@gmail.com" });

/** The same user as a viewer gets him: no sign-in details at all. */
export function withoutLoginInfo(user: User): User {
  const { loginInfo: _hidden, ...rest } = user;
  return rest;
}
