import compression from "compression";
import express, { Router, type Express } from "express";
import type { AuditStore } from "./audit/audit-store.ts";
import { auditStateChanges, createAudited } from "./audit/audited.ts";
import { createRouteNames } from "./audit/route-names.ts";
import type { AccountsStore } from "./auth/accounts-store.ts";
import { requireCsrfToken, requireJsonBody, requireSameOrigin } from "./auth/csrf-middleware.ts";
import { assertEveryRouteGuarded, listRoutes, type RouteInfo } from "./auth/route-inventory.ts";
import { loadSession, requireSession } from "./auth/session-middleware.ts";
import { createSignInThrottle, type SignInThrottleLimits } from "./auth/sign-in-throttle.ts";
import { apiRateLimit, type ApiRateLimits } from "./http/api-rate-limit.ts";
import { limitersFor, type Limiters } from "./http/limiters.ts";
import { apiNotFound, errorMiddleware, notFound } from "./errors/error-middleware.ts";
import { createAccountsRouter } from "./features/accounts/accounts-router.ts";
import { createAccessNumbersRouter } from "./features/access-numbers/access-numbers-router.ts";
import { createAuditRouter } from "./features/audit/audit-router.ts";
import { createDirectoryRouter } from "./features/directory/directory-router.ts";
import { createHealthRouters } from "./features/health/health-router.ts";
import { createLocksRouters } from "./features/locks/locks-router.ts";
import { createOpenApiRouter } from "./features/openapi/openapi-router.ts";
import { createPasswordsRouter } from "./features/passwords/passwords-router.ts";
import { createSessionRouter } from "./features/session/session-router.ts";
import { createSkillsRouter } from "./features/skills/skills-router.ts";
import { createSsoRouter } from "./features/sso/sso-router.ts";
import { createTeamsRouter } from "./features/teams/teams-router.ts";
import { createBulkEditRouter } from "./features/users/bulk-edit-router.ts";
import { createUsersRouter } from "./features/users/users-router.ts";
import { createUsersImportRouter, USERS_IMPORT_PATH } from "./features/users-import/users-import-router.ts";
import type { UserIndex } from "./features/user-index/user-index.ts";
import { createUserIndexRouter } from "./features/user-index/user-index-router.ts";
import { createUsersExportRouter } from "./features/users-export/users-export-router.ts";
import { requestDeadline } from "./http/deadline-middleware.ts";
import { createRequestLogging } from "./http/request-logging.ts";
import { noStore, securityHeaders } from "./http/security-headers.ts";
import { createSpaRouter } from "./http/spa.ts";
import { createJobDownloadRouter } from "./jobs/job-download-router.ts";
import type { JobRunner } from "./jobs/job-runner.ts";
import { createJobsRouter } from "./jobs/jobs-router.ts";
import { metricsWithToken, type Metrics } from "./metrics/metrics.ts";
import { createRequireOperation } from "./platform/require-operation.ts";
import { createServices, type ServiceDeps, type Services } from "./services.ts";

export interface AppDeps extends ServiceDeps {
  demo: boolean;
  publicOrigin?: string | undefined;
  /** Number of reverse-proxy hops to trust for the client address; 0 trusts none. */
  trustProxy?: number;
  session: { idleMs: number; maxMs: number };
  /** The built SPA; when absent only `/api` is served. */
  webDist?: string | undefined;
  /** One `/api` request's time to answer, every platform call and retry included; then 504 (BPCC_REQUEST_DEADLINE_MS). */
  requestDeadlineMs: number;
  /** Failed sign-ins allowed per address and per account+address; tests lower or raise them. */
  signInThrottle?: SignInThrottleLimits;
  /** The API's rate limits (RATE_LIMIT_*_PER_MINUTE); none when not given (tests). */
  rateLimits?: ApiRateLimits;
  /** Where rate limits count (http/limiters.ts); from `db` when not given: PostgreSQL's table, or memory on SQLite. */
  limiters?: Limiters;
  /** One anonymous refusal in this many ms is sampled into the audit trail (audit/audited.ts); a minute when not given. */
  anonymousRefusalSampleMs?: number;
  /** Request and upstream metrics (metrics/metrics.ts); none are kept when not given. */
  metrics?: Metrics;
  /** Serves `GET /metrics` on this app to `Authorization: Bearer <token>` (METRICS_TOKEN); else not at all here. */
  metricsToken?: string | undefined;
  /** LOCAL_SIGN_IN: the password form; on when not given. */
  localSignIn?: boolean;
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
  const services = createServices(deps);
  const { jobs } = services;

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

  const { api, routes } = createApi(deps, services);
  app.use("/api", api);
  deps.metrics?.nameRoutes(routes);

  // In the background: the BFF answers at once, and the index says `filling` until it is whole.
  if (deps.userIndex?.fillOnStart) void services.userIndex.refresh();

  if (deps.metrics && deps.metricsToken) app.get("/metrics", metricsWithToken(deps.metrics.registry, deps.metricsToken));
  if (deps.webDist) app.use(createSpaRouter(deps.webDist));
  app.use(notFound);
  app.use(errorMiddleware);
  return { app, accounts: services.accounts, audit: services.audit, jobs, routes, userIndex: services.userIndex };
}

/**
 * `/api`: what every request goes through, then each feature's router mounted under the path it serves
 * (`/users`, `/locks`, …), so that a request enters only the routers of its own area (bench row 1).
 */
function createApi(deps: AppDeps, services: Services): { api: Router; routes: RouteInfo[] } {
  const { audit, platform } = services;
  const now = deps.now ?? Date.now;
  const audited = createAudited(audit);
  const limiters = deps.limiters ?? limitersFor(deps.db);
  const localSignIn = deps.localSignIn ?? true;
  const api = Router();
  api.use(requestDeadline(deps.requestDeadlineMs));
  api.use(noStore);
  api.use(loadSession({ sessions: services.sessions, publicOrigin: deps.publicOrigin, limits: deps.session, now }));
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
  const { sso } = services;
  const health = createHealthRouters({ db: deps.db, platform, demo: deps.demo, ...(sso ? { identityProvider: sso } : {}) });
  api.use("/health", health.health);
  api.use("/ready", health.ready);
  api.use(
    "/session",
    createSessionRouter({
      service: services.session,
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
    "/auth",
    createSsoRouter({
      service: sso,
      localSignIn,
      sessions: services.session,
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
  api.use("/directory", createDirectoryRouter(services.directory, requires));
  api.use("/teams", createTeamsRouter(services.teams, requires));
  api.use("/skills", createSkillsRouter(services.skillsSeen));
  api.use("/access-numbers", createAccessNumbersRouter(services.accessNumbers, requires));
  const locks = createLocksRouters({ service: services.locks, scans: services.lockScans, audited, requires });
  api.use(
    "/users",
    // First: a user's read is the API's busiest request, and each router a request enters and leaves
    // unanswered costs it a turn of the event loop (Express's router leaves by setImmediate). No path of the
    // routers below is one segment (`/:loginId`) or a POST of `/`, so none is shadowed.
    createUsersRouter({ service: services.users, audited, requires }),
    createUserIndexRouter({ index: services.userIndex, audited }),
    createBulkEditRouter({ service: services.bulkEdit, audited, requires }),
    createUsersExportRouter({ service: services.export, audited, requires }),
    createUsersImportRouter({ tenant: services.importTenant, apply: services.importApply, audited, requires }),
    createPasswordsRouter({ service: services.passwords, audited, requires }),
    locks.user,
  );
  api.use("/locks", locks.scans);
  api.use("/jobs", createJobsRouter(services.jobs), createJobDownloadRouter({ jobs: services.jobs, files: services.jobFiles }));
  api.use("/audit", createAuditRouter({ service: services.auditTrail, now }));
  api.use("/accounts", createAccountsRouter({ service: services.accountsAdmin, audited }));
  const openApi = createOpenApiRouter();
  api.use(openApi.router);
  api.use(apiNotFound);
  const routes = listRoutes(api, "/api");
  routeNames.load(routes);
  assertEveryRouteGuarded(routes);
  openApi.publish(routes);
  return { api, routes };
}
