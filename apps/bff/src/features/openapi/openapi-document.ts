import { PERMISSIONS } from "@switchboard/contracts";
import type { RouteAccess } from "../../auth/route-access.ts";
import type { RouteInfo } from "../../auth/route-inventory.ts";
import { buildComponents, jsonSchemaOf, problemContent, problemRef, queryParameters, type Json } from "./openapi-components.ts";
import { OPERATIONS } from "./openapi-operations.ts";
import type { OperationSpec } from "./openapi-spec.ts";

const METHODS = new Set(["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"]);

const PATH_PARAMETERS: Readonly<Record<string, string>> = {
  loginId: "The user's login, percent-encoded.",
  username: "The dashboard account's name.",
  id: "The job's id, as the `Location` of the request that started it names it.",
};

const DESCRIPTION = [
  "Switchboard's backend-for-frontend. JSON over `/api`, answered `Cache-Control: no-store`.",
  "Errors are `application/problem+json` (RFC 9457): `type`, `title`, `status`, `detail`, `requestId`, and for invalid input `errors: [{field, message}]`.",
  "Sign in with `POST /api/session` for the session cookie. Every state-changing request needs a same-origin `Origin` (or `Sec-Fetch-Site: same-origin`),",
  "a JSON body (else 415) and, once signed in, the session's CSRF token in `X-CSRF-Token`. Each operation's `x-permission` names the permission",
  "of the matrix it requires and `x-roles` the roles that hold it.",
].join(" ");

/** `/api/users/:loginId` → `/api/users/{loginId}`. */
export const openApiPath = (path: string): string => path.replace(/:([A-Za-z0-9_]+)/g, "{$1}");

const routeKey = (route: { method: string; path: string }) => `${route.method} ${route.path}`;

function describeAccess(access: RouteAccess): { text: string; extensions: Json } {
  if (access.kind === "public") return { text: "Open to anyone, signed in or not.", extensions: { "x-access": "public" } };
  if (access.kind === "signed-in") return { text: "Any signed-in role.", extensions: { "x-access": "signed-in" } };
  const roles = [...PERMISSIONS[access.permission]];
  return {
    text: `Requires the \`${access.permission}\` permission (${roles.join(", ")}).`,
    extensions: { "x-access": "permission", "x-permission": access.permission, "x-roles": roles },
  };
}

function securityOf(method: string, access: RouteAccess): Json[] {
  if (access.kind === "public") return [];
  return method === "GET" ? [{ session: [] }] : [{ session: [], csrfToken: [] }];
}

function successResponse(spec: OperationSpec): Json {
  const { status, description, schema, csv } = spec.success;
  if (status === 204) return { description };
  if (status === 302) return { description, headers: { Location: { description: "Where the browser goes next.", schema: { type: "string" } } } };
  // A file download (csv without a schema) answers only the file.
  const content: Json = csv && !schema ? {} : { "application/json": schema ? { schema: jsonSchemaOf(schema, "output") } : {} };
  if (csv) content["text/csv"] = { schema: { type: "string" } };
  return { description, content };
}

const PROBES = new Set(["/api/health", "/api/ready"]);

function responsesOf(route: RouteInfo, access: RouteAccess, spec: OperationSpec, pathParameters: string[]): Json {
  const responses: Json = { [String(spec.success.status)]: successResponse(spec) };
  if (spec.alsoSuccess) responses[String(spec.alsoSuccess.status)] = successResponse({ ...spec, success: spec.alsoSuccess });
  const shared: string[] = [];
  if (spec.body || spec.query) shared.push("400");
  if (access.kind !== "public") shared.push("401");
  if (access.kind === "permission" || route.method !== "GET") shared.push("403");
  if (pathParameters.length > 0) shared.push("404");
  if (spec.body) shared.push("413", "415");
  // Every route but the load balancer's probes is rate limited and needs the database (decision 022).
  if (!PROBES.has(route.path)) shared.push("429", "503");
  if (spec.upstream) shared.push("502", "504");
  for (const status of shared) responses[status] = problemRef(status);
  for (const problem of spec.problems ?? []) {
    const schema = problem.schema ? jsonSchemaOf(problem.schema, "output") : undefined;
    const content = problem.html ? { "text/html": { schema: { type: "string" } } } : schema ? problemContent(schema) : problemContent();
    responses[String(problem.status)] = { description: problem.description, content };
  }
  if (route.operation) {
    responses["501"] = {
      description: `The platform behind this deployment does not have \`${route.operation}\` (see the session's capabilities).`,
      content: problemContent(),
    };
  }
  responses["default"] = { description: "Any other failure.", content: problemContent() };
  return responses;
}

function operationOf(route: RouteInfo, spec: OperationSpec): Json {
  const access = route.access;
  if (!access) throw new Error(`${routeKey(route)} declares no access`);
  const pathParameters = [...route.path.matchAll(/:([A-Za-z0-9_]+)/g)].map((match) => match[1] ?? "");
  const parameters = [
    ...pathParameters.map((name) => ({ name, in: "path", required: true, description: PATH_PARAMETERS[name], schema: { type: "string" } })),
    ...(spec.query ? queryParameters(spec.query) : []),
  ];
  const { text, extensions } = describeAccess(access);
  const csrf = access.kind !== "public" && route.method !== "GET" ? " Needs the `X-CSRF-Token` header." : "";
  return {
    tags: [route.path.split("/")[2] ?? "api"],
    summary: spec.summary,
    description: [spec.description, `${text}${csrf}`].filter(Boolean).join("\n\n"),
    ...extensions,
    ...(route.operation ? { "x-platform-operation": route.operation } : {}),
    security: securityOf(route.method, access),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(spec.body
      ? { requestBody: { required: !spec.bodyOptional, content: { "application/json": { schema: jsonSchemaOf(spec.body, "input") } } } }
      : {}),
    ...(spec.csvBody ? { requestBody: { required: true, description: spec.csvBody, content: { "text/csv": { schema: { type: "string" } } } } } : {}),
    responses: responsesOf(route, access, spec, pathParameters),
  };
}

/**
 * The API as OpenAPI 3.1, from the routes the app really mounts and the contracts they parse. A
 * route without an entry in `operations`, or an entry without a route, stops the app at start, so
 * the document can neither miss a route nor describe one that is gone.
 */
export function buildOpenApiDocument(routes: readonly RouteInfo[], operations: Readonly<Record<string, OperationSpec>> = OPERATIONS): Json {
  const mounted = new Set(routes.map(routeKey));
  const undocumented = routes.filter((route) => !Object.hasOwn(operations, routeKey(route)) || !METHODS.has(route.method));
  const stale = Object.keys(operations).filter((key) => !mounted.has(key));
  if (undocumented.length > 0 || stale.length > 0) {
    const problems = [
      undocumented.length > 0 ? `routes without an OpenAPI entry: ${undocumented.map(routeKey).join(", ")}` : "",
      stale.length > 0 ? `OpenAPI entries without a route: ${stale.join(", ")}` : "",
    ];
    throw new Error(`features/openapi/openapi-operations.ts (and user-operations.ts) are out of step with the app (${problems.filter(Boolean).join("; ")})`);
  }
  const paths: Record<string, Json> = {};
  for (const route of routes) {
    const spec = operations[routeKey(route)];
    if (!spec) continue;
    const path = (paths[openApiPath(route.path)] ??= {});
    path[route.method.toLowerCase()] = operationOf(route, spec);
  }
  return {
    openapi: "3.1.1",
    info: { title: "Switchboard API", version: "1", description: DESCRIPTION },
    paths,
    components: buildComponents(),
  };
}
