import { describe, expect, it } from "vitest";
import { SignInRequestSchema } from "@switchboard/contracts";
import type { RouteInfo } from "../../auth/route-inventory.ts";
import { buildOpenApiDocument, openApiPath } from "./openapi-document.ts";
import type { OperationSpec } from "./openapi-spec.ts";

const route = (method: string, path: string): RouteInfo => ({ method, path, access: { kind: "permission", permission: "readUser" }, auditAction: undefined, operation: undefined, expressRoute: {} });
const spec: OperationSpec = { summary: "One user", success: { status: 200, description: "The user." } };

describe("buildOpenApiDocument", () => {
  it("refuses a mounted route that has no OpenAPI entry, naming it", () => {
    const routes = [route("GET", "/api/users/:loginId"), route("DELETE", "/api/users/:loginId")];
    expect(() => buildOpenApiDocument(routes, { "GET /api/users/:loginId": spec })).toThrow("routes without an OpenAPI entry: DELETE /api/users/:loginId");
  });

  it("refuses an entry for a route the app does not mount, naming it", () => {
    const operations = { "GET /api/users/:loginId": spec, "GET /api/gone": spec };
    expect(() => buildOpenApiDocument([route("GET", "/api/users/:loginId")], operations)).toThrow("OpenAPI entries without a route: GET /api/gone");
  });

  it("documents a route's permission, path parameter and JSON body", () => {
    const post = { summary: "Sign in", body: SignInRequestSchema, success: { status: 200, description: "Signed in." } } satisfies OperationSpec;
    const doc = buildOpenApiDocument([route("POST", "/api/users/:loginId")], { "POST /api/users/:loginId": post });
    expect(doc).toMatchObject({
      openapi: expect.stringMatching(/^3\.1\./),
      paths: {
        "/api/users/{loginId}": {
          post: {
            "x-permission": "readUser",
            security: [{ session: [], csrfToken: [] }],
            parameters: [{ name: "loginId", in: "path", required: true }],
            requestBody: { required: true, content: { "application/json": { schema: { required: ["username", "password"] } } } },
          },
        },
      },
    });
  });

  it("writes Express path parameters in OpenAPI's braces", () => {
    expect(openApiPath("/api/users/:loginId/lock")).toBe("/api/users/{loginId}/lock");
  });
});
