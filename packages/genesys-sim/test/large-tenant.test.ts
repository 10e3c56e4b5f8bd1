import request from "supertest";
import { describe, expect, it } from "vitest";
import { createSimulator } from "../src/index.ts";
import { basicAuth } from "./helpers.ts";

// A 50,000-user tenant, in-process through createSimulator (an Express app that is not listening).

describe("a 50,000-user tenant", () => {
  it("seeds in well under 5 s and pages by userName with totalCount", async () => {
    const started = performance.now();
    const { app, credentials, control, apiPath } = createSimulator({ users: 50_000, csrf: false });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(control.userCount()).toBe(50_000);
    const auth = basicAuth(credentials.username, credentials.password);
    const first = await request(app).get(`${apiPath}/users?fields=*&offset=0&limit=100&sortBy=userName`).set("Authorization", auth).expect(200);
    const last = await request(app).get(`${apiPath}/users?fields=*&offset=49950&limit=100&sortBy=userName`).set("Authorization", auth).expect(200);
    expect([first.body.totalCount, first.body.users.length, last.body.users.length]).toEqual([50_000, 100, 50]);
    expect(first.body.users[0].userName.toLowerCase() <= last.body.users[49].userName.toLowerCase()).toBe(true);
  }, 30_000);
});
