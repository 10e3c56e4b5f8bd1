import { randomUUID } from "node:crypto";
import compression from "compression";
import express, { Router, type Express } from "express";
import type { Logger } from "pino";
import { createAuditStore, type AuditStore } from "./audit/audit-store.ts";
import { auditStateChanges, createAudited } from "./audit/audited.ts";
import { createRouteNames } from "./audit/route-names.ts";
import { createAccountsStore, type AccountsStore } from "./auth/accounts-store.ts";
import { requireCsrfToken, requireJsonBody, requireSameOrigin } from "./auth/csrf-middleware.ts";
import { createDecoyHash, OWASP_SCRYPT, type ScryptParams } from "./auth/password-hash.ts";
import { assertEveryRouteGuarded, listRoutes, type RouteInfo } from "./auth/route-inventory.ts";
import { loadSession, requireSession } from "./auth/session-middleware.ts";
import { createSessionsStore } from "./auth/sessions-store.ts";
import { createSignInThrottle, type SignInThrottleLimits } from "./auth/sign-in-throttle.ts";
import { apiRateLimit, type ApiRateLimits } from "./http/api-rate-limit.ts";
import { limitersFor, type Limiters } from "./http/limiters.ts";
import type { Db } from "./db/database.ts";
import { apiNotFound, errorMiddleware, notFound } from "./errors/error-middleware.ts";
import { createAccountsRouter } from "./features/accounts/accounts-router.ts";
import { createAccountsService } from "./features/accounts/accounts-service.ts";
import { createAccessNumbersRouter } from "./features/access-numbers/access-numbers-router.ts";
import { createAccessNumbersService } from "./features/access-numbers/access-numbers-service.ts";
import { createAuditRouter } from "./features/audit/audit-router.ts";
import { createAuditService } from "./features/audit/audit-service.ts";
import { createDirectoryRouter } from "./features/directory/directory-router.ts";
import { createDirectoryService } from "./features/directory/directory-service.ts";
import { createHealthRouter } from "./features/health/health-router.ts";
import { createLocksRouter } from "./features/locks/locks-router.ts";
import { createLockScanService } from "./features/locks/lock-scan-service.ts";
import { createLocksService } from "./features/locks/locks-service.ts";
import { createOpenApiRouter } from "./features/openapi/openapi-router.ts";
import { generateTemporaryPassword } from "./features/passwords/generate-password.ts";
import { createPasswordsRouter } from "./features/passwords/passwords-router.ts";
import { createPasswordsService } from "./features/passwords/passwords-service.ts";
import { createSessionRouter } from "./features/session/session-router.ts";
import { createSkillsRouter } from "./features/skills/skills-router.ts";
import { createSkillsSeen, recordingSkillsSeen, type SkillsSeen } from "./features/skills/skills-seen.ts";
import { createSessionService } from "./features/session/session-service.ts";
import { createLoginAttempts, type LoginAttempts } from "./features/sso/login-attempts.ts";
import { createSsoRouter } from "./features/sso/sso-router.ts";
import { createSsoService } from "./features/sso/sso-service.ts";
import type { SsoConfig } from "./config/env.ts";
import { createTeamsRouter } from "./features/teams/teams-router.ts";
import { createTeamsService } from "./features/teams/teams-service.ts";
import { createBulkEditRouter } from "./features/users/bulk-edit-router.ts";
import { createBulkEditService } from "./features/users/bulk-edit-service.ts";
import { createUsersRouter } from "./features/users/users-router.ts";
import { createUsersService } from "./features/users/users-service.ts";
import { createImportApplyService } from "./features/users-import/import-apply-service.ts";
import { createPlatformTenantSource } from "./features/users-import/import-tenant-source.ts";
import { createUsersImportRouter, USERS_IMPORT_PATH } from "./features/users-import/users-import-router.ts";
import { createUserIndex, type UserIndex } from "./features/user-index/user-index.ts";
import { createUserIndexRouter } from "./features/user-index/user-index-router.ts";
import { createPlatformUserDetails } from "./features/users-export/user-details-source.ts";
import { createUsersExportRouter } from "./features/users-export/users-export-router.ts";
import { createUsersExportService } from "./features/users-export/users-export-service.ts";
import { requestDeadline } from "./http/deadline-middleware.ts";
import { createRequestLogging } from "./http/request-logging.ts";
import { noStore, securityHeaders } from "./http/security-headers.ts";
import { createSpaRouter } from "./http/spa.ts";
import { createJobDownloadRouter } from "./jobs/job-download-router.ts";
import { createJobFileStore, type JobFileStore } from "./jobs/job-files.ts";
import { createJobRunner, type JobRunner } from "./jobs/job-runner.ts";
import { createJobStore, type JobStore } from "./jobs/job-store.ts";
import { createJobsRouter } from "./jobs/jobs-router.ts";
import { metricsWithToken, type Metrics } from "./metrics/metrics.ts";
import type { Platform } from "./platform/platform.ts";
import { createRequireOperation } from "./platform/require-operation.ts";
import { teamsOfPlatform } from "./auth/team-scope.ts";

export interface AppDeps {
  db: Db;
  /** This process among the instances on the database (db/instances.ts): its audit records and jobs carry it. */
  instanceId?: string;
  platform: Platform;
  logger: Logger;
  demo: boolean;
  publicOrigin?: string | undefined;
  /** Number of reverse-proxy hops to trust for the client address; 0 trusts none. */
  trustProxy?: number;
  session: { idleMs: number; maxMs: number };
  /** The built SPA; when absent only `/api` is served. */
  webDist?: string | undefined;
  /** Tests lower the cost; production keeps OWASP's parameters. */
  passwordParams?: ScryptParams;
  /** One `/api` request's time to answer, every platform call and retry included; then 504 (BPCC_REQUEST_DEADLINE_MS). */
  requestDeadlineMs: number;
  /** How long the directory, the teams and the access numbers are served from memory (30 s). */
  directoryTtlMs?: number;
  /** The skills the tenant is known to use; kept in memory when not given. */
  skillsSeen?: SkillsSeen;
  /** Failed sign-ins allowed per address and per account+address; tests lower or raise them. */
  signInThrottle?: SignInThrottleLimits;
  /** The API's rate limits (RATE_LIMIT_*_PER_MINUTE); none when not given (tests). */
  rateLimits?: ApiRateLimits;
  /** Where rate limits count (http/limiters.ts); from `db` when not given: PostgreSQL's table, or memory on SQLite. */
  limiters?: Limiters;
  /** One anonymous refusal in this many ms is sampled into the audit trail (audit/audited.ts); a minute when not given. */
  anonymousRefusalSampleMs?: number;
  /**
   * The most upstream calls one piece of whole-tenant work (a lock scan, a bulk edit, an import
   * preview's reads) keeps in flight: the platform client's bound, BPCC_CONCURRENCY or GWS_CONCURRENCY
   * (8 when not given).
   */
  upstreamConcurrency?: number;
  /** Request and upstream metrics (metrics/metrics.ts); none are kept when not given. */
  metrics?: Metrics;
  /** Serves `GET /metrics` on this app to `Authorization: Bearer <token>` (METRICS_TOKEN); else not at all here. */
  metricsToken?: string | undefined;
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
  /** LOCAL_SIGN_IN: the password form; on when not given. */
  localSignIn?: boolean;
  /** Sign-ins under way at the identity provider; kept in memory when not given (tests look inside). */
  ssoAttempts?: LoginAttempts;
  /** Seconds added to the clock when the ID token's times are checked (tests play a late clock). */
  ssoClockSkewSeconds?: number;
  now?: () => number;
}

export interface App {
  app: Express;
  accounts: AccountsStore;
  audit: AuditStore;
  /** Jobs of this process; tests wait for them with `idle()`. */
  jobs: JobRunner;
  /** Every `/api` route with the access it declares; createApp refused to build if one declared none. */
  routes: RouteInfo[];
  userIndex: UserIndex;
}

/** Everything but listen(): tests run it in-process on port 0. */
export function createApp(deps: AppDeps): App {
  const now = deps.now ?? Date.now;
  const accounts = createAccountsStore(deps.db);
  const sessions = createSessionsStore(deps.db);
  const instanceId = deps.instanceId ?? randomUUID();
  const limiters = deps.limiters ?? limitersFor(deps.db);
  const audit = createAuditStore(deps.db, instanceId);
  const audited = createAudited(audit);
  const jobs = createJobRunner({ store: deps.jobStore ?? createJobStore(deps.db, instanceId), logger: deps.logger, now });
  const concurrency = deps.upstreamConcurrency ?? 8;
  const sessionService = createSessionService({
    accounts,
    sessions,
    decoyHash: createDecoyHash(deps.passwordParams ?? OWASP_SCRYPT),
    now,
  });
  const sso = deps.sso
    ? createSsoService({
        config: deps.sso,
        accounts,
        sessions,
        attempts: deps.ssoAttempts ?? createLoginAttempts(),
        logger: deps.logger,
        ...(deps.ssoClockSkewSeconds === undefined ? {} : { clockSkewSeconds: deps.ssoClockSkewSeconds }),
      })
    : undefined;
  const localSignIn = deps.localSignIn ?? true;
  const skillsSeen = deps.skillsSeen ?? createSkillsSeen();
  // Every service reads users through this, so that no skill a user holds goes unseen.
  const platform = recordingSkillsSeen(deps.platform, skillsSeen);
  const listCache = { ttlMs: deps.directoryTtlMs ?? 30_000, now };
  const directory = createDirectoryService(platform, listCache);
  // Creating or deleting a user changes the directory and the access numbers (a DID): invalidate() them then.
  const teams = createTeamsService(platform, listCache);
  const accessNumbers = createAccessNumbersService(platform, listCache);
  const userIndex = createUserIndex({
    platform,
    concurrency: deps.userIndex?.concurrency ?? concurrency,
    staleAfterMs: deps.userIndex?.staleAfterMs,
    now,
    logger: deps.logger,
  });

  const app = express();
  app.disable("x-powered-by");
  // No ETag hashed over every answer: API answers are no-store, and what is cached (the directory, the
  // OpenAPI document, the SPA's files) sets its own.
  app.set("etag", false);
  app.set("trust proxy", deps.trustProxy ?? 0);
  if (deps.metrics) {
    app.use(deps.metrics.requests);
    deps.metrics.observe({ jobs: () => jobs.countByState(), ...(deps.db.poolStats ? { pool: deps.db.poolStats } : {}) });
  }
  app.use(createRequestLogging(deps.logger));
  app.use(securityHeaders({ publicOrigin: deps.publicOrigin }));
  // The session answer carries the CSRF token: never compressed, so its length leaks nothing (BREACH).
  const compress = compression({ filter: (req, res) => req.path !== "/api/session" && compression.filter(req, res) });
  // A client that accepts no encoding gets none: skip compression's wrapping of the response (bench row 1).
  app.use((req, res, next) => (req.headers["accept-encoding"] ? compress(req, res, next) : next()));

  const api = Router();
  api.use(requestDeadline(deps.requestDeadlineMs));
  api.use(noStore);
  api.use(loadSession({ sessions, publicOrigin: deps.publicOrigin, limits: deps.session, now }));
  // First, so that every state-changing request leaves a record, the ones refused below included.
  const routeNames = createRouteNames();
  api.use(
    auditStateChanges(audit, {
      logger: deps.logger,
      routeNames,
      now,
      ...(deps.anonymousRefusalSampleMs === undefined ? {} : { sampleEveryMs: deps.anonymousRefusalSampleMs }),
      ...(deps.metrics ? { countAnonymousRefusal: deps.metrics.anonymousRefusal } : {}),
    }),
  );
  if (deps.rateLimits) api.use(apiRateLimit(limiters, deps.rateLimits));
  api.use(requireSameOrigin(deps.publicOrigin));
  api.use(requireJsonBody([USERS_IMPORT_PATH]), express.json({ limit: "100kb" }));
  api.use(createHealthRouter({ db: deps.db, platform, demo: deps.demo, ...(sso ? { identityProvider: sso } : {}) }));
  api.use(
    createSessionRouter({
      service: sessionService,
      audited,
      publicOrigin: deps.publicOrigin,
      maxSessionMs: deps.session.maxMs,
      demo: deps.demo,
      capabilities: platform.capabilities,
      signInThrottle: createSignInThrottle(limiters, deps.signInThrottle),
      localSignIn,
      endSessionUrl: async (idToken) => sso?.endSessionUrl(idToken),
    }),
  );
  api.use(
    createSsoRouter({
      service: sso,
      localSignIn,
      sessions: sessionService,
      audit,
      logger: deps.logger,
      publicOrigin: deps.publicOrigin,
      maxSessionMs: deps.session.maxMs,
      now,
    }),
  );
  // Below this line every route needs a session and, to change anything, the CSRF token.
  api.use(requireSession, requireCsrfToken);
  // A route whose operation this platform lacks answers 501 (routes declare it with requires()).
  const requires = createRequireOperation(platform.capabilities);
  api.use(createDirectoryRouter(directory, requires));
  api.use(createTeamsRouter(teams, requires));
  api.use(createSkillsRouter(skillsSeen));
  api.use(createAccessNumbersRouter(accessNumbers, requires));
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
  api.use(
    createBulkEditRouter({
      service: createBulkEditService({ platform, updateUser: (loginId, request, scope) => users.updateUser(loginId, request, scope), audit, jobs, concurrency }),
      audited,
      requires,
    }),
  );
  // Before the users router: `/users/index/...` is the index's, not a login named "index".
  api.use(createUserIndexRouter({ index: userIndex, audited }));
  api.use(createUsersRouter({ service: users, audited, requires }));
  api.use(createJobsRouter(jobs));
  const jobFiles = deps.jobFiles ?? createJobFileStore(deps.db, { now });
  api.use(createJobDownloadRouter({ jobs, files: jobFiles }));
  api.use(
    createLocksRouter({
      service: createLocksService(platform),
      scans: createLockScanService({ platform, jobs, concurrency, now }),
      audited,
      requires,
    }),
  );
  const importTenant = createPlatformTenantSource({ platform, teams, skillsSeen, concurrency });
  const importApply = createImportApplyService({ tenant: importTenant, users, audit, jobs, concurrency });
  api.use(createUsersImportRouter({ tenant: importTenant, apply: importApply, audited, requires }));
  const exportDetails = createPlatformUserDetails({ platform, concurrency });
  api.use(createUsersExportRouter({ service: createUsersExportService({ platform, details: exportDetails, jobs, files: jobFiles, now }), audited, requires }));
  api.use(createPasswordsRouter({ service: createPasswordsService(platform), audited, requires }));
  api.use(createAuditRouter({ service: createAuditService(audit), now }));
  api.use(createAccountsRouter({ service: createAccountsService({ db: deps.db, passwordParams: deps.passwordParams, teams: teamsOfPlatform(platform.capabilities) }), audited }));
  const openApi = createOpenApiRouter();
  api.use(openApi.router);
  api.use(apiNotFound);
  app.use("/api", api);
  const routes = listRoutes(api, "/api");
  routeNames.load(routes);
  assertEveryRouteGuarded(routes);
  openApi.publish(routes);

  // In the background: the BFF answers at once, and the index says `filling` until it is whole.
  if (deps.userIndex?.fillOnStart) void userIndex.refresh();

  if (deps.metrics && deps.metricsToken) app.get("/metrics", metricsWithToken(deps.metrics.registry, deps.metricsToken));
  if (deps.webDist) app.use(createSpaRouter(deps.webDist));
  app.use(notFound);
  app.use(errorMiddleware);
  return { app, accounts, audit, jobs, routes, userIndex };
}
