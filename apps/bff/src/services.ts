import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import type { SsoConfig } from "./config/env.ts";
import type { Db } from "./db/database.ts";
import { createAuditStore, type AuditStore } from "./audit/audit-store.ts";
import { createAccountsStore, type AccountsStore } from "./auth/accounts-store.ts";
import { createDecoyHash, OWASP_SCRYPT, type ScryptParams } from "./auth/password-hash.ts";
import { createSessionsStore, type SessionsStore } from "./auth/sessions-store.ts";
import { teamsOfPlatform } from "./auth/team-scope.ts";
import { createAccountsService, type AccountsService } from "./features/accounts/accounts-service.ts";
import { createAccessNumbersService, type AccessNumbersService } from "./features/access-numbers/access-numbers-service.ts";
import { createAuditService, type AuditService } from "./features/audit/audit-service.ts";
import { createDirectoryService, type DirectoryService } from "./features/directory/directory-service.ts";
import { createLockScanService, type LockScanService } from "./features/locks/lock-scan-service.ts";
import { createLocksService, type LocksService } from "./features/locks/locks-service.ts";
import { generateTemporaryPassword } from "./features/passwords/generate-password.ts";
import { createPasswordsService, type PasswordsService } from "./features/passwords/passwords-service.ts";
import { createSessionService, type SessionService } from "./features/session/session-service.ts";
import { createSkillsSeen, recordingSkillsSeen, type SkillsSeen } from "./features/skills/skills-seen.ts";
import { createLoginAttempts, type LoginAttempts } from "./features/sso/login-attempts.ts";
import { createSsoService, type SsoService } from "./features/sso/sso-service.ts";
import { createTeamsService, type TeamsService } from "./features/teams/teams-service.ts";
import { createBulkEditService, type BulkEditService } from "./features/users/bulk-edit-service.ts";
import { createUsersService, type UsersService } from "./features/users/users-service.ts";
import { createImportApplyService, type ImportApplyService } from "./features/users-import/import-apply-service.ts";
import type { ImportTenantSource } from "./features/users-import/import-preview.ts";
import { createPlatformTenantSource } from "./features/users-import/import-tenant-source.ts";
import { createUserIndex, type UserIndex } from "./features/user-index/user-index.ts";
import { createPlatformUserDetails } from "./features/users-export/user-details-source.ts";
import { createUsersExportService, type UsersExportService } from "./features/users-export/users-export-service.ts";
import { createJobFileStore, type JobFileStore } from "./jobs/job-files.ts";
import { createJobRunner, type JobRunner } from "./jobs/job-runner.ts";
import { createJobStore, type JobStore } from "./jobs/job-store.ts";
import type { Platform } from "./platform/platform.ts";

/** What the services are made of; `AppDeps` (app.ts) adds what HTTP needs. */
export interface ServiceDeps {
  db: Db;
  /** This process among the instances on the database (db/instances.ts): its audit records and jobs carry it. */
  instanceId?: string;
  platform: Platform;
  logger: Logger;
  /** Tests lower the cost; production keeps OWASP's parameters. */
  passwordParams?: ScryptParams;
  /** How long the directory, the teams and the access numbers are served from memory (30 s). */
  directoryTtlMs?: number;
  /** The skills the tenant is known to use; kept in memory when not given. */
  skillsSeen?: SkillsSeen;
  /**
   * The most upstream calls one piece of whole-tenant work (a lock scan, a bulk edit, an import
   * preview's reads) keeps in flight: the platform client's bound, BPCC_CONCURRENCY or GWS_CONCURRENCY
   * (8 when not given).
   */
  upstreamConcurrency?: number;
  /** Where jobs are kept; the SQLite store of `db` when not given. */
  jobStore?: JobStore;
  /**
   * The whole-tenant user index (decision 019): calls in flight at most while it fills (the client's
   * BPCC_CONCURRENCY / GWS_CONCURRENCY; `upstreamConcurrency` when not given), when it turns stale, and whether to start
   * filling at once (server.ts) or at the first read (tests).
   */
  userIndex?: { concurrency: number; staleAfterMs?: number; fillOnStart?: boolean };
  /** Where jobs keep their files (an export's CSV); the SQLite store of `db` when not given. */
  jobFiles?: JobFileStore;
  /** Single sign-on through an OpenID Connect provider (OIDC_ISSUER …); none when not given. */
  sso?: SsoConfig | undefined;
  /** Sign-ins under way at the identity provider; kept in memory when not given (tests look inside). */
  ssoAttempts?: LoginAttempts;
  /** Seconds added to the clock when the ID token's times are checked (tests play a late clock). */
  ssoClockSkewSeconds?: number;
  now?: () => number;
}

/** What the BFF does, without HTTP: the stores and every feature's service, composed once per app. */
export interface Services {
  accounts: AccountsStore;
  sessions: SessionsStore;
  audit: AuditStore;
  jobs: JobRunner;
  jobFiles: JobFileStore;
  /** The platform as every service reads it: each user read also records the skills it holds. */
  platform: Platform;
  skillsSeen: SkillsSeen;
  session: SessionService;
  sso: SsoService | undefined;
  directory: DirectoryService;
  teams: TeamsService;
  accessNumbers: AccessNumbersService;
  userIndex: UserIndex;
  users: UsersService;
  bulkEdit: BulkEditService;
  locks: LocksService;
  lockScans: LockScanService;
  importTenant: ImportTenantSource;
  importApply: ImportApplyService;
  export: UsersExportService;
  passwords: PasswordsService;
  auditTrail: AuditService;
  accountsAdmin: AccountsService;
}

export function createServices(deps: ServiceDeps): Services {
  const { logger } = deps;
  const now = deps.now ?? Date.now;
  const accounts = createAccountsStore(deps.db);
  const sessions = createSessionsStore(deps.db);
  const instanceId = deps.instanceId ?? randomUUID();
  const audit = createAuditStore(deps.db, instanceId);
  const jobs = createJobRunner({ store: deps.jobStore ?? createJobStore(deps.db, instanceId), logger, now });
  const jobFiles = deps.jobFiles ?? createJobFileStore(deps.db, { now });
  const concurrency = deps.upstreamConcurrency ?? 8;
  const skillsSeen = deps.skillsSeen ?? createSkillsSeen();
  // Every service reads users through this, so that no skill a user holds goes unseen.
  const platform = recordingSkillsSeen(deps.platform, skillsSeen);
  const listCache = { ttlMs: deps.directoryTtlMs ?? 30_000, now };
  // Creating or deleting a user changes the directory and the access numbers (a DID): invalidate() them then.
  const directory = createDirectoryService(platform, listCache);
  const teams = createTeamsService(platform, listCache);
  const accessNumbers = createAccessNumbersService(platform, listCache);
  const userIndex = createUserIndex({
    platform,
    concurrency: deps.userIndex?.concurrency ?? concurrency,
    staleAfterMs: deps.userIndex?.staleAfterMs,
    now,
    logger,
  });
  const users = createUsersService({
    platform,
    audit,
    generatePassword: generateTemporaryPassword,
    directNumberOf: (loginId) => directory.directNumberOf(loginId),
    onUsersChanged: () => {
      directory.invalidate();
      accessNumbers.invalidate();
    },
    onUserChanged: (loginId, user) => userIndex.changed(loginId, user),
  });
  const importTenant = createPlatformTenantSource({ platform, teams, skillsSeen, concurrency });
  return {
    accounts,
    sessions,
    audit,
    jobs,
    jobFiles,
    platform,
    skillsSeen,
    session: createSessionService({ accounts, sessions, decoyHash: createDecoyHash(deps.passwordParams ?? OWASP_SCRYPT), now }),
    sso: deps.sso
      ? createSsoService({
          config: deps.sso,
          accounts,
          sessions,
          attempts: deps.ssoAttempts ?? createLoginAttempts(),
          logger,
          ...(deps.ssoClockSkewSeconds === undefined ? {} : { clockSkewSeconds: deps.ssoClockSkewSeconds }),
        })
      : undefined,
    directory,
    teams,
    accessNumbers,
    userIndex,
    users,
    bulkEdit: createBulkEditService({ platform, updateUser: (loginId, request, scope) => users.updateUser(loginId, request, scope), audit, jobs, concurrency }),
    locks: createLocksService(platform),
    lockScans: createLockScanService({ platform, jobs, concurrency, now }),
    importTenant,
    importApply: createImportApplyService({ tenant: importTenant, users, audit, jobs, concurrency }),
    export: createUsersExportService({ platform, details: createPlatformUserDetails({ platform, concurrency }), jobs, files: jobFiles, now }),
    passwords: createPasswordsService(platform),
    auditTrail: createAuditService(audit),
    accountsAdmin: createAccountsService({ db: deps.db, passwordParams: deps.passwordParams, teams: teamsOfPlatform(platform.capabilities) }),
  };
}
