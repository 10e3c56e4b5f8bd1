import {
  AccessNumberListSchema,
  AccountListSchema,
  AccountSchema,
  AuditPageSchema,
  AuditQuerySchema,
  AuthMethodsSchema,
  CreateAccountRequestSchema,
  DirectoryResponseSchema,
  HealthSchema,
  SessionSchema,
  SignInRequestSchema,
  SignedOutSchema,
  SkillListSchema,
  TeamListSchema,
  UpdateAccountRequestSchema,
} from "@switchboard/contracts";
import type { OperationSpec, RouteProblem } from "./openapi-spec.ts";
import { USER_OPERATIONS } from "./user-operations.ts";

const wrongCredentials: RouteProblem = { status: 401, description: "Wrong username or password." };

const throttled: RouteProblem = { status: 429, description: "Too many failed sign-ins from this address or for this account; `Retry-After` says when to try again." };

const accountRefused: RouteProblem = {
  status: 409,
  description:
    "The name is taken, the change is to your own account, it would leave no enabled admin, or it sets the password or teams of an account the identity provider signs in (`/problems/sso-account`).",
};


/** One entry per `/api` route, keyed `METHOD path` as the route inventory names it. */
export const OPERATIONS: Readonly<Record<string, OperationSpec>> = {
  "GET /api/health": { summary: "Liveness, and whether the BFF runs in demo mode", success: { status: 200, description: "Alive.", schema: HealthSchema } },
  "GET /api/ready": {
    summary: "Readiness: the store is open and an upstream token can be obtained",
    success: { status: 200, description: 'Ready: `{"status": "ready"}`.' },
    problems: [{ status: 503, description: "The store or the contact center is not reachable yet." }],
  },
  "POST /api/session": {
    summary: "Sign in",
    description: "Sets the session cookie and answers the session with its CSRF token.",
    body: SignInRequestSchema,
    success: { status: 200, description: "Signed in.", schema: SessionSchema },
    problems: [wrongCredentials, throttled],
  },
  "GET /api/session": {
    summary: "Who am I: account, role, permissions, CSRF token and the platform's capabilities",
    success: { status: 200, description: "The live session.", schema: SessionSchema },
  },
  "DELETE /api/session": {
    summary: "Sign out",
    success: { status: 204, description: "Signed out; the cookie is cleared." },
    alsoSuccess: {
      status: 200,
      description:
        "Signed out of a session the identity provider signed in, which offers an end-session endpoint: the cookie is cleared and the browser goes to `endSessionUrl` next, to sign out there too.",
      schema: SignedOutSchema,
    },
  },
  "GET /api/auth/methods": {
    summary: "How the sign-in page may sign a person in: the password form, the identity provider's button; and whether this browser is signed in already",
    success: { status: 200, description: "The ways to sign in.", schema: AuthMethodsSchema },
  },
  "GET /api/auth/oidc/login": {
    summary: "Single sign-on: start (Authorization Code with PKCE, state and nonce)",
    description:
      "A browser navigation, not an API call. `next` is where to go once signed in (a path on this site; anything else is `/`). Sets a short-lived `SameSite=Lax` cookie naming the sign-in under way and redirects to the identity provider, or to `/sign-in?sso=unavailable` when it does not answer.",
    success: { status: 302, description: "To the identity provider's authorization endpoint." },
    problems: [{ status: 404, description: "No identity provider is configured (OIDC_ISSUER)." }],
  },
  "GET /api/auth/oidc/callback": {
    summary: "Single sign-on: the identity provider's return (the redirect URI to register with it)",
    description:
      "Checks state, nonce, issuer, audience, signature, expiry and PKCE, maps the role from the claims (`OIDC_ROLES_CLAIM`, `OIDC_ROLE_MAP`), creates or updates the SSO account, sets the session cookie and redirects to `next`. A return that does not check out, or the provider's own refusal, redirects to `/sign-in?sso=failed`. Audited as `session.sso_sign_in` or `session.sso_refused`.",
    success: { status: 302, description: "Signed in: to `next`; or not: to `/sign-in?sso=failed` (or `unavailable`)." },
    problems: [
      { status: 403, description: "The provider vouched for the person but gives them no role in Switchboard (or the name is taken): an HTML page saying so.", html: true },
      { status: 404, description: "No identity provider is configured (OIDC_ISSUER)." },
    ],
  },
  "GET /api/directory": {
    summary: "The phone directory: every user with extension, DID, voicemail and greeting",
    description: "Served from a short cache with an `ETag`; `If-None-Match` answers 304.",
    success: { status: 200, description: "The directory.", schema: DirectoryResponseSchema },
    upstream: true,
  },
  "GET /api/teams": { summary: "The tenant's teams", success: { status: 200, description: "The teams.", schema: TeamListSchema }, upstream: true },
  "GET /api/skills": {
    summary: "The skills the tenant is known to use: those of every user the BFF has read, created or changed",
    description: "The platform lists no skills; a skill nobody was seen to hold may still be given by name.",
    success: { status: 200, description: "The skills, A to Z.", schema: SkillListSchema },
  },
  "GET /api/access-numbers": {
    summary: "The access numbers and what each is assigned to",
    success: { status: 200, description: "The access numbers.", schema: AccessNumberListSchema },
    upstream: true,
  },
  ...USER_OPERATIONS,
  "GET /api/audit": {
    summary: "The audit trail, newest first, paged",
    description: "With `Accept: text/csv` the whole filtered trail as a CSV download.",
    query: AuditQuerySchema,
    success: { status: 200, description: "A page of the trail, or all of it as CSV.", schema: AuditPageSchema, csv: true },
  },
  "GET /api/accounts": { summary: "Dashboard accounts, by name", success: { status: 200, description: "The accounts.", schema: AccountListSchema } },
  "POST /api/accounts": {
    summary: "Create a dashboard account",
    body: CreateAccountRequestSchema,
    success: { status: 201, description: "Created.", schema: AccountSchema },
    problems: [accountRefused],
  },
  "PATCH /api/accounts/:username": {
    summary: "Change an account's role, disabled flag, password or teams",
    description:
      "`teams` scopes a supervisor, helpdesk or viewer account to these teams (`null`: the whole tenant again; decision 023). Refused (400 on `teams`) for an admin and on a platform without teams; 409 for an account the identity provider signs in, whose teams come from `OIDC_TEAMS_CLAIM`.",
    body: UpdateAccountRequestSchema,
    success: { status: 200, description: "The account after the change.", schema: AccountSchema },
    problems: [accountRefused],
  },
  "DELETE /api/accounts/:username": { summary: "Remove a dashboard account", success: { status: 204, description: "Removed." }, problems: [accountRefused] },
  "GET /api/openapi.json": {
    summary: "This document: the API as OpenAPI 3.1, generated from the zod contracts",
    description: "Has an `ETag`; `If-None-Match` answers 304.",
    success: { status: 200, description: "The OpenAPI document." },
  },
};
