import { UserIndexResponseSchema, UserIndexStatusSchema, type UserIndexResponse, type UserIndexRow, type UserIndexStatus } from "@switchboard/contracts";

/** An index row, as `GET /api/users` answers it. */
export function buildIndexRow(overrides: Partial<UserIndexRow> & Pick<UserIndexRow, "loginId">): UserIndexRow {
  return { firstName: "Ana", lastName: "Diaz", team: null, extension: null, disabled: false, skills: {}, ...overrides };
}

export const INDEXED_AT = "2026-12-07T08:00:00.000Z";

/** The index's status; ready, read at INDEXED_AT, unless told otherwise. */
export function buildIndexStatus(overrides: Partial<UserIndexStatus> = {}): UserIndexStatus {
  return UserIndexStatusSchema.parse({ state: "ready", indexedAt: INDEXED_AT, done: 0, total: 0, failed: 0, ...overrides });
}

/** `GET /api/users`: the rows and a ready status counting them. */
export function buildIndex(users: UserIndexRow[], status: Partial<UserIndexStatus> = {}): UserIndexResponse {
  return UserIndexResponseSchema.parse({ ...buildIndexStatus({ done: users.length, total: users.length, ...status }), users });
}
