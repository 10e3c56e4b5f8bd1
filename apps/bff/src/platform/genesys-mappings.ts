import type { GenesysDevice, GenesysUser } from "@switchboard/genesys";
import type { Device, DirectoryEntry } from "@switchboard/contracts";
import type { PlatformUser } from "./platform.ts";

// GWS's wire words → the product's. Absent fields become null, so the SPA tests one thing.

export function toDevice(device: GenesysDevice): Device {
  return {
    id: device.id,
    phoneNumber: device.phoneNumber ?? device.e164Number ?? device.localNumber ?? null,
    active: device.deviceState === undefined ? null : device.deviceState.toLowerCase() === "active",
    doNotDisturb: device.doNotDisturb ?? null,
    forwardTo: device.forwardTo ?? null,
    type: device.type ?? null,
  };
}

/** The number a caller reaches the user on: their active device's (GWS marks one `deviceState: Active`). */
export function activeNumber(user: GenesysUser): string | null {
  const active = (user.devices ?? []).find((device) => device.deviceState?.toLowerCase() === "active");
  return active ? toDevice(active).phoneNumber : null;
}

/** Skill name → level; a level GWS left out reads as 0, its own default. */
export function toSkillLevels(skills: GenesysUser["skills"]): Record<string, number> {
  return Object.fromEntries((skills ?? []).map((skill) => [skill.name, skill.level ?? 0]));
}

export function toDirectoryEntry(user: GenesysUser): DirectoryEntry {
  return {
    loginId: user.userName,
    firstName: user.firstName ?? "",
    lastName: user.lastName ?? "",
    // GWS has no extensions, voicemail or greetings in its Users API.
    extension: null,
    did: activeNumber(user),
    voiceMail: false,
    greeting: false,
    doNotDisturb: user.doNotDisturb ?? null,
  };
}

/** A user read with `subresources=*` (skills and devices included). */
export function toUser(user: GenesysUser): PlatformUser {
  return {
    loginId: user.userName,
    firstName: user.firstName ?? "",
    lastName: user.lastName ?? "",
    team: null,
    extension: null,
    email: user.emailAddress ?? null,
    workPhone: null,
    mobilePhone: null,
    // As the platform names them: ROLE_ADMIN, ROLE_AGENT.
    roles: user.roles,
    skills: toSkillLevels(user.skills),
    // GWS's `enabled` defaults to true when a server leaves it out.
    disabled: user.enabled === false,
    changePassword: user.changePasswordOnFirstLogin === true,
    loginInfo: null,
    did: activeNumber(user),
    devices: (user.devices ?? []).map(toDevice),
    doNotDisturb: user.doNotDisturb ?? null,
  };
}
