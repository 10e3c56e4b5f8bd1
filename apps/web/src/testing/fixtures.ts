import {
  DirectoryEntrySchema,
  HealthSchema,
  permissionsOf,
  PLATFORM_OPERATIONS,
  SessionSchema,
  type DirectoryEntry,
  type Health,
  type Role,
  type Session,
} from "@switchboard/contracts";

/** Test data goes through the real contracts, so a fixture can never drift from what the BFF sends. */
export function buildSession(role: Role = "viewer", username: string = role): Session {
  return SessionSchema.parse({
    account: { username, role },
    permissions: permissionsOf(role),
    csrfToken: `csrf-${username}`,
    demo: false,
    capabilities: { platform: "bpcc", operations: [...PLATFORM_OPERATIONS], editableUserFields: [] },
  });
}

export function buildHealth(demo = false): Health {
  return HealthSchema.parse({ status: "ok", demo });
}

export function buildEntry(overrides: Partial<DirectoryEntry> & Pick<DirectoryEntry, "loginId">): DirectoryEntry {
  return DirectoryEntrySchema.parse({
    firstName: "Test",
    lastName: "User",
    extension: null,
    did: null,
    voiceMail: false,
    greeting: false,
    ...overrides,
  });
}

export const PEOPLE: DirectoryEntry[] = [
  buildEntry({ loginId: "wchen", firstName: "Wei", lastName: "Chen", extension: "1048", did: "16505555555" }),
  buildEntry({ loginId: "achen", firstName: "Amy", lastName: "Chenoweth", extension: "1050", did: null }),
  buildEntry({ loginId: "navarro", firstName: "José", lastName: "Navarro", extension: "1001", did: "14155550123" }),
  buildEntry({ loginId: "wandabui", firstName: "Wanda", lastName: "Bui", extension: "1002", did: null }),
  buildEntry({ loginId: "dale.turner", firstName: "Dale", lastName: "Turner", extension: null, did: "442071234567" }),
];

/** The operations a Genesys GWS 8.5 deployment has: no lock state, no unlock, no teams, no access numbers. */
export const GENESYS_OPERATIONS = ["listDirectory", "getUser", "createUser", "updateUser", "deleteUser", "resetPassword"];
export const GENESYS_EDITABLE = ["firstName", "lastName", "roles", "skills", "password"];
export const GENESYS_CREATABLE = ["loginId", "firstName", "lastName", "password", "changePassword", "roles", "skills"];

/** A session of a BFF over Genesys (docs/decisions/016). */
export function buildGenesysSession(role: Role = "viewer", username: string = role): Session {
  const session = buildSession(role, username);
  return SessionSchema.parse({
    ...session,
    capabilities: {
      platform: "genesys",
      operations: GENESYS_OPERATIONS,
      editableUserFields: GENESYS_EDITABLE,
      creatableUserFields: GENESYS_CREATABLE,
      loginIdFormat: "email",
    },
  });
}
