import type { BpccAccessNumber, BpccDirectoryEntry, BpccLoginInfo, BpccUser } from "@switchboard/bpcc";
import type { AccessNumber, AccessNumberAssignment, DirectoryEntry, LoginInfo } from "@switchboard/contracts";
import type { PlatformUser } from "./platform.ts";

// BPCC's wire words → the product's. Absent fields become null, so the SPA tests one thing.

export function toDirectoryEntry(entry: BpccDirectoryEntry): DirectoryEntry {
  return {
    loginId: entry.loginId,
    firstName: entry.firstName ?? "",
    lastName: entry.lastName ?? "",
    extension: entry.extension ?? null,
    did: entry.external ?? null,
    voiceMail: entry.voiceMail,
    greeting: entry.greeting,
  };
}

function toLoginInfo(info: BpccLoginInfo): LoginInfo {
  return {
    signedIn: info.isLoggedIn ?? null,
    lastSignIn: info.lastLogin ?? null,
    lastSignOut: info.lastLogout ?? null,
    browser: info.browser ?? null,
    os: info.os ?? null,
    ipAddress: info.ipAddress ?? null,
    application: info.appType ?? null,
    applicationVersion: info.appVersion ?? null,
    phoneMode: info.phoneMode ?? null,
  };
}

export function toUser(user: BpccUser): PlatformUser {
  return {
    loginId: user.loginId,
    firstName: user.firstName ?? "",
    lastName: user.lastName ?? "",
    team: user.team ?? null,
    extension: user.extension ?? null,
    email: user.email ?? null,
    workPhone: user.workPhone ?? null,
    mobilePhone: user.mobilePhone ?? null,
    roles: user.roles,
    skills: user.skills,
    disabled: user.disabled,
    changePassword: user.changePassword,
    loginInfo: user.loginInfo ? toLoginInfo(user.loginInfo) : null,
  };
}

/** BPCC calls a user's DID a "softphone" assignment (its Export Access Numbers page). */
const ASSIGNMENTS: Record<string, AccessNumberAssignment> = {
  scenario: "scenario",
  softphone: "user",
  phone: "phone",
  unassigned: "unassigned",
};

function text(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

export function toAccessNumber(entry: BpccAccessNumber): AccessNumber {
  const assignment = ASSIGNMENTS[entry.type ?? ""] ?? "other";
  const person = `${entry.firstName ?? ""} ${entry.lastName ?? ""}`.trim();
  return {
    number: entry.number,
    media: entry.media ?? null,
    assignment,
    scenario: entry.scenario ?? null,
    loginId: entry.loginId ?? null,
    extension: entry.extension ?? null,
    name: person || text(entry["displayName"]),
  };
}
