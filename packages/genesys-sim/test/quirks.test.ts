import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { newUser, startGws, type Gws } from "./helpers.ts";

// The envelope's quirks (the notes): statusCode as a number or a string, and an error envelope
// answered with HTTP 200, which a client must read by its code, not its HTTP status.

let gws: Gws;
beforeAll(async () => {
  gws = await startGws();
});
afterAll(() => gws.sim.close());
beforeEach(() => gws.sim.control.reset());

const missing = `/users/${"0".repeat(32)}`;

describe("statusCode styles", () => {
  it("documented (default): numbers, except the create answer's \"0\" and the duplicate's \"18\"", async () => {
    expect((await gws.get("/me")).text).toMatch(/^\{"statusCode":0,/);
    expect((await gws.get(missing)).text).toMatch(/^\{"statusCode":6,/);
    expect((await gws.post("/users", newUser("q@example.com"))).text).toMatch(/^\{"statusCode":"0",/);
    expect((await gws.post("/users", newUser("q@example.com"))).text).toMatch(/^\{"statusCode":"18",/);
  });

  it("strings: every code as a string", async () => {
    gws.sim.control.setStatusCodes("strings");
    expect((await gws.get("/me")).body.statusCode).toBe("0");
    expect((await gws.get(missing).expect(404)).body.statusCode).toBe("6");
  });

  it("numbers: every code as a number, the documented ones too", async () => {
    gws.sim.control.setStatusCodes("numbers");
    expect((await gws.post("/users", newUser("n@example.com")).expect(200)).body.statusCode).toBe(0);
    expect((await gws.post("/users", newUser("n@example.com")).expect(403)).body.statusCode).toBe(18);
  });

  it("can be chosen as an option", async () => {
    const other = await startGws({ statusCodes: "strings" });
    try {
      expect((await other.get("/users").expect(200)).body.statusCode).toBe("0");
    } finally {
      await other.sim.close();
    }
  });
});

describe("error envelope with HTTP 200", () => {
  it("answers errors with HTTP 200 and the code in the body, while switched on; successes are unchanged", async () => {
    gws.sim.control.setErrorsWithHttp200(true);
    expect((await gws.get(missing).expect(200)).body).toEqual({ statusCode: 6, statusMessage: "User not found" });
    expect((await gws.post("/users", newUser("eric.chen@example.com")).expect(200)).body.statusCode).toBe("18");
    gws.csrf = undefined;
    expect((await gws.post("/users", newUser("x@example.com")).expect(200)).body.statusCode).toBe(3);
    await gws.refreshCsrf();
    gws.sim.control.setErrorsWithHttp200(false);
    await gws.get(missing).expect(404);
  });

  it("covers 401 too, and starts on as an option", async () => {
    const other = await startGws({ errorsWithHttp200: true });
    try {
      const response = await other.get("/me").set("Authorization", "Basic Zm9vOmJhcg==").expect(200);
      expect(response.body.statusCode).toBe(20);
    } finally {
      await other.sim.close();
    }
  });
});
