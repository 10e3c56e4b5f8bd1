import { describe, expect, it } from "vitest";
import { API, catchGenesysError, mountGwsSession, USER_ID, useStubUpstreams } from "./stub-upstream.ts";

// GWS says what happened in the body's `statusCode` (a number, or a string such as "18"), whatever
// the HTTP status: the code decides the kind, and the HTTP status only when a body carries none.

const start = useStubUpstreams();

async function failGetUserWith(status: number, body: unknown) {
  const stub = await start((app) => {
    mountGwsSession(app, { csrf: false });
    app.get(`${API}/users/:id`, (_req, res) => void (typeof body === "string" ? res.status(status).send(body) : res.status(status).json(body)));
  });
  return catchGenesysError(stub.createClient().getUser(USER_ID));
}

describe("statusCode", () => {
  it.each([
    [1, "validation"],
    [2, "validation"],
    [10, "validation"],
    [11, "validation"],
    [6, "not_found"],
    [18, "conflict"],
    [19, "conflict"],
    [20, "credentials_rejected"],
    [3, "forbidden"],
    [5, "forbidden"],
    [4, "upstream"],
    [7, "upstream"],
    [12, "upstream"],
    [13, "upstream"],
    [14, "upstream"],
    [15, "upstream"],
    [16, "upstream"],
    [17, "upstream"],
    [99, "upstream"],
  ])("%i maps to %s, as a number or as a string", async (code, kind) => {
    const asNumber = await failGetUserWith(400, { statusCode: code, statusMessage: "refused" });
    const asString = await failGetUserWith(400, { statusCode: String(code), statusMessage: "refused" });
    for (const error of [asNumber, asString]) expect(error).toMatchObject({ kind, code, status: 400, upstreamMessage: "refused" });
  });

  it("a non-zero code answered with HTTP 200 is an error", async () => {
    const error = await failGetUserWith(200, { statusCode: "6", statusMessage: "User not found" });
    expect(error).toMatchObject({ kind: "not_found", code: 6, status: 200, upstreamMessage: "User not found" });
    expect(error.message).toBe("Genesys getUser failed with statusCode 6 (HTTP 200): User not found");
  });

  it("a taken userName is a conflict, though answered with HTTP 403", async () => {
    const stub = await start((app) => {
      mountGwsSession(app, { csrf: false });
      app.post(`${API}/users`, (_req, res) => {
        res.status(403).json({ statusCode: "18", statusMessage: "User with userName ann@example.com already exists" });
      });
    });
    const input = { userName: "ann@example.com", firstName: "Ann", lastName: "Lee", password: "Passw0rd!", roles: ["ROLE_AGENT" as const] };

    const error = await catchGenesysError(stub.createClient().createUser(input));

    expect(error).toMatchObject({ kind: "conflict", code: 18, status: 403, field: "userName" });
    expect(stub.requests).toHaveLength(1);
  });

  it("names the field a validation message names", async () => {
    const error = await failGetUserWith(400, { statusCode: 1, statusMessage: "Missing parameter: firstname" });
    expect(error).toMatchObject({ kind: "validation", field: "firstName" });
    const unnamed = await failGetUserWith(400, { statusCode: 10, statusMessage: "Invalid value" });
    expect(unnamed.field).toBeUndefined();
  });

  it("bounds the upstream's message", async () => {
    const error = await failGetUserWith(500, { statusCode: 4, statusMessage: "x".repeat(5_000) });
    expect(error.upstreamMessage?.length).toBeLessThanOrEqual(301);
    expect(error.message.length).toBeLessThan(400);
  });

  it.each([
    [401, "credentials_rejected"],
    [403, "forbidden"],
    [404, "not_found"],
    [409, "conflict"],
    [400, "validation"],
    [500, "upstream"],
  ])("without a code, HTTP %i maps to %s", async (status, kind) => {
    const error = await failGetUserWith(status, "<html>proxy page</html>");
    expect(error).toMatchObject({ kind, status, code: undefined });
  });

  it("a 2xx body that is not a GWS envelope is the upstream's fault", async () => {
    expect(await failGetUserWith(200, "<html>login</html>")).toMatchObject({ kind: "upstream", status: 200 });
    expect(await failGetUserWith(200, { user: {} })).toMatchObject({ kind: "upstream", message: expect.stringContaining("without a statusCode") });
    expect(await failGetUserWith(200, { statusCode: 0, user: { id: USER_ID } })).toMatchObject({
      kind: "upstream",
      message: expect.stringContaining("user.userName"),
    });
  });
});
