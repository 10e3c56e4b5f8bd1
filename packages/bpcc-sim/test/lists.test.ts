import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { API, newUser, readDirectory, startTestTenant, type TestTenant } from "./helpers.ts";

let tenant: TestTenant;
beforeAll(async () => {
  tenant = await startTestTenant({ users: 500 });
});
afterAll(() => tenant.sim.close());
beforeEach(() => tenant.sim.control.reset());

const readJson = async (path: string) => JSON.parse((await tenant.http.get(`${API}${path}`).set(tenant.auth).expect(200)).text);

describe("GET /team", () => {
  it("lists every team as {name}, sorted as the example is, including the ones the examples use", async () => {
    const teams: Array<{ name: string }> = await readJson("/team");
    const names = teams.map((team) => team.name);
    expect(names).toEqual(expect.arrayContaining(["Support Team", "Customer Service", "Accounting"]));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
  });
});

describe("GET /phone/user", () => {
  it("lists every user once, ordered by extension, with unique extensions", async () => {
    const directory = await readDirectory(tenant);
    expect(directory).toHaveLength(500);
    const extensions = directory.map((entry) => Number(entry.extension));
    expect(new Set(extensions).size).toBe(500);
    expect(extensions).toEqual([...extensions].sort((a, b) => a - b));
    for (const entry of directory) {
      expect(Object.keys(entry)).toEqual(
        entry.external === undefined
          ? ["extension", "loginId", "firstName", "lastName", "voiceMail", "greeting"]
          : ["extension", "loginId", "firstName", "lastName", "external", "voiceMail", "greeting"],
      );
    }
  });

  it("holds the people demo mode points at: several Chens, Eric Chen among them", async () => {
    const directory = await readDirectory(tenant);
    const chens = directory.filter((entry) => String(entry.loginId).includes("chen"));
    expect(chens.length).toBeGreaterThanOrEqual(4);
    expect(chens).toContainEqual(expect.objectContaining({ loginId: "eric.chen", firstName: "Eric", lastName: "Chen" }));
  });

  it("shows DIDs as 11-digit numbers and some voicemail greetings", async () => {
    const directory = await readDirectory(tenant);
    const dids = directory.flatMap((entry) => (typeof entry.external === "string" ? [entry.external] : []));
    expect(dids.length).toBeGreaterThan(20);
    for (const did of dids) expect(did).toMatch(/^1\d{10}$/);
    expect(new Set(dids).size).toBe(dids.length);
    expect(directory.some((entry) => entry.voiceMail === true && entry.greeting === true)).toBe(true);
  });

  it("reflects every create and delete", async () => {
    await tenant.http.post(`${API}/user`).set(tenant.auth).set("Content-Type", "application/json").send(JSON.stringify(newUser("fresh.face"))).expect(200);
    expect((await readDirectory(tenant)).map((entry) => entry.loginId)).toContain("fresh.face");
    await tenant.http.delete(`${API}/user/fresh.face`).set(tenant.auth).expect(200);
    expect((await readDirectory(tenant)).map((entry) => entry.loginId)).not.toContain("fresh.face");
    expect(await readDirectory(tenant)).toHaveLength(500);
  });
});

describe("GET /phone/ext", () => {
  it("lists scenario numbers and every user's DID with its assignment, ordered by number", async () => {
    const numbers: Array<Record<string, string>> = await readJson("/phone/ext");
    expect(numbers).toContainEqual({ number: "16505555555", media: "voice_text", type: "scenario", scenario: "Main Inbound" });
    const directory = await readDirectory(tenant);
    for (const entry of directory) {
      if (typeof entry.external !== "string" || entry.external === "16505555555") continue;
      expect(numbers).toContainEqual({
        number: entry.external,
        media: "voice",
        type: "softphone",
        extension: entry.extension,
        loginId: entry.loginId,
        firstName: entry.firstName,
        lastName: entry.lastName,
      });
    }
    const ordered = numbers.map((entry) => entry["number"] ?? "");
    expect(ordered).toEqual([...ordered].sort());
  });
});

describe("a seeded tenant", () => {
  it("is the same for the same seed, and different for another", async () => {
    const again = await startTestTenant({ users: 500 });
    const other = await startTestTenant({ users: 500, seed: 7 });
    try {
      const mine = await readDirectory(tenant);
      expect(await readDirectory(again)).toEqual(mine);
      expect(await readDirectory(other)).not.toEqual(mine);
    } finally {
      await again.sim.close();
      await other.sim.close();
    }
  });
});
