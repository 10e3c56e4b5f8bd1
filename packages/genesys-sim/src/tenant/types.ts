/** The two roles the seed names. */
export const ROLES = ["ROLE_ADMIN", "ROLE_AGENT"] as const;
export type Role = (typeof ROLES)[number];

/** GWS's FlagV2 enum, as `doNotDisturb` carries it. */
export type Flag = "On" | "Off";

export interface SkillRecord {
  /** A UUID, as GWS gives skills. */
  id: string;
  name: string;
  description?: string;
}

export interface SkillAssignment {
  skillId: string;
  level: number;
  /** Answered as `"5"` rather than `5`: seeded for some, and kept for a level that arrived as a string. */
  levelAsString: boolean;
}

export interface Country {
  name: string;
  code: string;
  callingCode: string;
}

export interface DeviceRecord {
  /** 32 lowercase hex characters, like user ids. */
  id: string;
  deviceState: "Active" | "Inactive";
  phoneNumber: string;
  e164Number: string;
  localNumber: string;
  country: Country;
  location: string;
  telephonyNetwork: "Private" | "Public";
  userState: { id: string; displayName: string; state: "Ready" | "NotReady" | "LoggedOut" };
  doNotDisturb: Flag;
  /** A number calls are forwarded to, or absent when forwarding is off. */
  forwardTo?: string;
  capabilities: string[];
  type: string;
  vendor: string;
  model: string;
}

export interface UserRecord {
  /** 32 lowercase hex characters. */
  id: string;
  /** The user's e-mail address; unique in the tenant, compared case-insensitively. */
  userName: string;
  firstName: string;
  lastName: string;
  emailAddress: string;
  roles: Role[];
  enabled: boolean;
  changePasswordOnFirstLogin: boolean;
  doNotDisturb: Flag;
  /** Only users created through the API (and the API user) have one; never answered. */
  password?: string;
  skills: SkillAssignment[];
  devices: DeviceRecord[];
}

export interface TenantSeed {
  contactCenterId: string;
  users: UserRecord[];
  skills: SkillRecord[];
}
