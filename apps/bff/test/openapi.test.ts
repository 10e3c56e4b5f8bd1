import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { SAME_ORIGIN, startHarness, type Harness } from "./harness.ts";
import { ROUTES, routeName } from "./security/route-table.ts";
import { expectProblem, sameOriginWith, send } from "./security/support.ts";

// The shape OpenAPI 3.1 requires of what these tests read; anything else of the document passes through.
const JsonObject = z.record(z.string(), z.unknown());
const ResponseShape = z.looseObject({ description: z.string(), content: z.record(z.string(), z.looseObject({ schema: JsonObject.optional() })).optional() });
const OperationShape = z.looseObject({
  summary: z.string().min(1),
  description: z.string(),
  security: z.array(z.record(z.string(), z.array(z.string()))),
  parameters: z.array(z.looseObject({ name: z.string(), in: z.enum(["path", "query", "header", "cookie"]), required: z.boolean() })).optional(),
  requestBody: z.looseObject({ required: z.boolean(), content: z.record(z.string(), z.looseObject({ schema: JsonObject })) }).optional(),
  responses: z.record(z.string(), z.union([ResponseShape, z.object({ $ref: z.string() })])),
  "x-access": z.enum(["public", "signed-in", "permission"]),
  "x-permission": z.string().optional(),
});
const DocumentShape = z.looseObject({
  openapi: z.string().regex(/^3\.1\.\d+$/),
  info: z.looseObject({ title: z.string().min(1), version: z.string().min(1) }),
  paths: z.record(z.string().startsWith("/api/"), z.partialRecord(z.enum(["get", "put", "post", "delete", "patch"]), OperationShape)),
  components: z.looseObject({ securitySchemes: z.record(z.string(), JsonObject) }),
});
type Document = z.infer<typeof DocumentShape>;

let h: Harness;
let doc: Document;
beforeAll(async () => {
  h = await startHarness();
  const { agent } = await h.signIn("viewer");
  doc = DocumentShape.parse((await agent.get("/api/openapi.json")).body);
});
afterAll(async () => h.close());

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`, path, operation })),
  );

/** Follows a local `$ref` (`#/components/...`) through the document. */
function resolve(ref: string): unknown {
  return ref
    .slice(2)
    .split("/")
    .reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? Reflect.get(node, key) : undefined), doc);
}

describe("GET /api/openapi.json", () => {
  it("is 401 problem+json without a session", async () => {
    expectProblem(await h.request().get("/api/openapi.json"), 401);
  });

  it("answers a viewer with JSON, not stored, with an ETag that revalidates to 304", async () => {
    const { agent } = await h.signIn("viewer");
    const res = await agent.get("/api/openapi.json");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    expect(res.headers["cache-control"]).toBe("no-store");
    const etag = String(res.headers["etag"]);
    expect(etag).toMatch(/^(W\/)?"/);
    expect((await agent.get("/api/openapi.json").set("If-None-Match", etag)).status).toBe(304);
  });
});

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1: every operation answers something successful, every $ref resolves, every path parameter is declared", () => {
    const text = JSON.stringify(doc);
    for (const [, ref] of text.matchAll(/"\$ref":"([^"]+)"/g)) expect(resolve(ref ?? ""), ref).toBeDefined();
    for (const { name, path, operation } of operations()) {
      expect(Object.keys(operation.responses).some((status) => /^(2\d\d|302)$/.test(status)), name).toBe(true);
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const declared = (operation.parameters ?? []).filter((p) => p.in === "path" && p.required).map((p) => p.name);
      expect(declared, name).toEqual(templated);
    }
  });

  it("lists exactly the routes the BFF mounts, each with the access it declares", () => {
    const listed = operations().map(({ name, operation }) => ({ name, access: operation["x-access"], permission: operation["x-permission"] }));
    const mounted = h.routes.map((r) => ({
      name: routeName(r),
      access: r.access?.kind,
      permission: r.access?.kind === "permission" ? r.access.permission : undefined,
    }));
    expect(listed.length).toBe(ROUTES.length);
    expect(listed).toEqual(expect.arrayContaining(mounted));
    expect(mounted).toEqual(expect.arrayContaining(listed));
  });

  it("asks for the session cookie on every route that needs a session, and the CSRF header on every change", () => {
    for (const { name, operation } of operations()) {
      const schemes = operation.security.flatMap((requirement) => Object.keys(requirement)).sort();
      const access = operation["x-access"];
      const expected = access === "public" ? [] : name.startsWith("GET ") ? ["session"] : ["csrfToken", "session"];
      expect(schemes, name).toEqual(expected);
      if (access === "permission") expect(operation.description, name).toContain(`\`${operation["x-permission"]}\``);
    }
    expect(doc.components.securitySchemes["csrfToken"]).toMatchObject({ type: "apiKey", in: "header", name: "X-CSRF-Token" });
  });

  it("describes errors as problem+json whose required members a real error answer has", async () => {
    for (const { name, operation } of operations()) {
      expect(operation.responses["default"], name).toMatchObject({ content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } } });
    }
    const problem = JsonObject.parse(resolve("#/components/schemas/Problem"));
    const required = z.array(z.string()).parse(problem["required"]);
    expect(required).toEqual(expect.arrayContaining(["type", "title", "status"]));
    const res = await h.request().get("/api/directory");
    expect(Object.keys(JSON.parse(res.text))).toEqual(expect.arrayContaining(required));
  });

  it("says that signing in needs a username and a password, as the BFF does", async () => {
    const signIn = doc.paths["/api/session"]?.post;
    const schema = JsonObject.parse(signIn?.requestBody?.content["application/json"]?.schema);
    expect(signIn?.requestBody?.required).toBe(true);
    expect(schema["required"]).toEqual(["username", "password"]);
    const refused = expectProblem(await h.request().post("/api/session").set(SAME_ORIGIN).send({}), 400);
    expect(refused.errors?.map((e) => e.field).sort()).toEqual(["password", "username"]);
  });

  it("names every required body field that the BFF refuses a body without", async () => {
    const { agent, csrfToken } = await h.signIn("admin");
    const withRequiredFields = operations().flatMap(({ name, operation }) => {
      const required = z.array(z.string()).optional().parse(operation.requestBody?.content["application/json"]?.schema["required"]);
      const row = ROUTES.find((r) => routeName(r) === name);
      return required && required.length > 0 && row ? [{ name, required, row }] : [];
    });
    expect(withRequiredFields.map((w) => w.name)).toEqual(expect.arrayContaining(["POST /api/users", "POST /api/accounts", "PATCH /api/users/:loginId"]));
    for (const { name, required, row } of withRequiredFields) {
      const refused = expectProblem(await send(agent, { ...row, body: {} }, sameOriginWith(csrfToken)), 400);
      expect(refused.errors?.map((e) => e.field), name).toEqual(expect.arrayContaining(required));
    }
  });
});
