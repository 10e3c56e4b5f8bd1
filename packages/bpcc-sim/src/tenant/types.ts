/** The in-memory shape of the simulated tenant. Wire shapes live in `../wire/`. */

export interface LoginInfo {
  isLoggedIn: boolean;
  lastLogin?: string;
  lastLogout?: string;
  browser?: string;
  phoneMode?: string;
  os?: string;
  ipAddress?: string;
  userAgent?: string;
  adHelperVersion?: string;
  appType?: string;
  appVersion?: string;
}

export interface UserRecord {
  loginId: string;
  firstName: string;
  lastName: string;
  team: string;
  extension: string;
  email?: string;
  workPhone?: string;
  mobilePhone?: string;
  password?: string;
  disabled: boolean;
  changePassword: boolean;
  skills: Record<string, number>;
  roles: string[];
  /** The DID assigned to this user, shown as `external` in the directory. */
  external?: string;
  voiceMail: boolean;
  greeting: boolean;
  loginInfo: LoginInfo;
  lockout: LockoutState;
}

export interface LockoutState {
  failedAttempts: number;
  lastFailedAt?: number;
  lockedAt?: number;
}

export interface SecurityPolicy {
  enableLockouts: boolean;
  maxLoginAttempts: number;
  /** Minutes after which the failed-attempt counter starts again from zero. */
  resetAttemptCountAfterMinutes: number;
  /** Minutes after which a lockout ends by itself; 0 means only an unlock call ends it. */
  lockoutDurationMinutes: number;
  passwordMinLength: number;
  passwordRequiresLetter: boolean;
  passwordRequiresDigit: boolean;
  passwordMayContainLoginId: boolean;
}

/** Numbers routed to something other than a user; user DIDs are derived from the users. */
export type FixedAccessNumber =
  | { number: string; media: string; type: "scenario"; scenario: string; extension?: string; textOutService?: string }
  | { number: string; media: string; type: "unassigned" }
  | { number: string; media: string; type: "phone"; extension: string; displayName: string };

export interface TenantSeed {
  users: UserRecord[];
  teams: string[];
  skills: string[];
  roles: string[];
  accessNumbers: FixedAccessNumber[];
  policy: SecurityPolicy;
}

export interface CreateUserInput {
  loginId: string;
  firstName: string;
  lastName: string;
  team: string;
  password?: string | undefined;
  extension?: string | undefined;
  workPhone?: string | undefined;
  mobilePhone?: string | undefined;
  email?: string | undefined;
  disabled?: boolean | undefined;
  changePassword?: boolean | undefined;
  skills?: Record<string, number> | undefined;
  roles?: string[] | undefined;
}

/** The only properties Update User may change, per the collection. */
export interface UpdateUserInput {
  skills?: Record<string, number> | undefined;
  disabled?: boolean | undefined;
  password?: string | undefined;
  changePassword?: boolean | undefined;
  team?: string | undefined;
}
