import {
  AccountSchema,
  AuditPageSchema,
  AuditRecordSchema,
  type Account,
  type AuditPage,
  type AuditRecord,
} from "@switchboard/contracts";

/** Dashboard accounts and audit records, through the real contracts like every fixture. */
export function buildAccount(overrides: Partial<Account> & Pick<Account, "username">): Account {
  return AccountSchema.parse({
    role: "viewer",
    disabled: false,
    sso: false,
    teams: null,
    createdAt: "2026-03-02T09:15:00.000Z",
    updatedAt: "2026-03-02T09:15:00.000Z",
    ...overrides,
  });
}

export const ACCOUNTS: Account[] = [
  buildAccount({ username: "admin", role: "admin" }),
  buildAccount({ username: "hana", role: "helpdesk" }),
  buildAccount({ username: "otto", role: "admin" }),
  buildAccount({ username: "sam", role: "supervisor", disabled: true }),
];

let nextRecordId = 1000;

export function buildAuditRecord(overrides: Partial<AuditRecord> = {}): AuditRecord {
  return AuditRecordSchema.parse({
    id: nextRecordId--,
    at: "2026-05-04T13:02:07.000Z",
    actor: "admin",
    role: "admin",
    clientIp: "10.0.0.7",
    action: "account.create",
    target: "hana",
    outcome: "succeeded",
    reason: null,
    status: 201,
    requestId: `req-${nextRecordId}`,
    changes: null,
    ...overrides,
  });
}

export function buildAuditPage(records: AuditRecord[], nextCursor: string | null = null): AuditPage {
  return AuditPageSchema.parse({ records, nextCursor });
}
