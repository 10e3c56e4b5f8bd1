import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createUser, startGws, userByName, type Gws } from "./helpers.ts";

// Skills and devices (the notes): the tenant's catalogue, a user's skills assigned by URI and
// removed by id, and devices read-only.

let gws: Gws;
beforeAll(async () => {
  gws = await startGws();
});
afterAll(() => gws.sim.close());
beforeEach(() => gws.sim.control.reset());

const catalogue = async (): Promise<Array<{ id: string; name: string; uri: string; path: string }>> => (await gws.get("/skills?fields=*").expect(200)).body.skills;
const userSkills = async (id: string): Promise<Array<{ id: string; name: string; level: unknown }>> => (await gws.get(`/users/${id}/skills`).expect(200)).body.skills;

describe("GET /skills", () => {
  it("answers uris, and with fields=* the skills with uuid ids", async () => {
    const uris = await gws.get("/skills").expect(200);
    expect(uris.body.uris.length).toBeGreaterThan(10);
    const skills = await catalogue();
    expect(skills.map((skill) => skill.uri)).toEqual(uris.body.uris);
    expect(skills.find((skill) => skill.name === "Spanish")).toMatchObject({ id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/) });
  });

  it("answers one skill by id, and 6 for an unknown one", async () => {
    const [first] = await catalogue();
    expect((await gws.get(`/skills/${first?.id}`).expect(200)).body.skill).toEqual(first);
    expect((await gws.get("/skills/nope").expect(404)).body.statusCode).toBe(6);
  });
});

describe("a user's skills", () => {
  it("assigns by uri with a numeric level, and by path with a level sent as a string (answered back as a string)", async () => {
    const id = await createUser(gws, "skilled@example.com");
    const skills = await catalogue();
    const spanish = skills.find((skill) => skill.name === "Spanish");
    const billing = skills.find((skill) => skill.name === "Billing");
    expect((await gws.post(`/users/${id}/skills`, { uri: spanish?.uri, level: 7 }).expect(200)).body).toEqual({ statusCode: 0 });
    await gws.post(`/users/${id}/skills`, { uri: billing?.path, level: "3" }).expect(200);
    expect(await userSkills(id)).toEqual([
      expect.objectContaining({ id: spanish?.id, name: "Spanish", level: 7 }),
      expect.objectContaining({ id: billing?.id, name: "Billing", level: "3" }),
    ]);
    const full = await gws.get(`/users/${id}?subresources=*`).expect(200);
    expect(full.body.user.skills).toEqual(await userSkills(id));
  });

  it("assigning a skill the user holds changes its level", async () => {
    const id = await createUser(gws, "relevel@example.com");
    const [skill] = await catalogue();
    await gws.post(`/users/${id}/skills`, { uri: skill?.uri, level: 2 }).expect(200);
    await gws.post(`/users/${id}/skills`, { uri: skill?.uri, level: 9 }).expect(200);
    expect(await userSkills(id)).toEqual([expect.objectContaining({ id: skill?.id, level: 9 })]);
  });

  it("unassigns by skill id; a skill not held is 6", async () => {
    const eric = await userByName(gws, "eric.chen@example.com");
    const held = await userSkills(eric.id);
    expect(held.length).toBeGreaterThan(0);
    const [first, ...rest] = held;
    expect((await gws.delete(`/users/${eric.id}/skills/${first?.id}`).expect(200)).body).toEqual({ statusCode: 0 });
    expect(await userSkills(eric.id)).toEqual(rest);
    expect((await gws.delete(`/users/${eric.id}/skills/${first?.id}`).expect(404)).body.statusCode).toBe(6);
  });

  it.each([
    [{ level: 1 }, 400, 1],
    [{ uri: "https://elsewhere/api/v2/skills/x" }, 400, 1],
    [{ uri: "/users/abc", level: 1 }, 400, 10],
    [{ uri: "/skills/00000000-0000-4000-8000-000000000000", level: 1 }, 404, 6],
    [{ skill: "Spanish", level: 1 }, 400, 1],
  ])("refuses %j (HTTP %i, statusCode %i)", async (body, status, code) => {
    const id = await createUser(gws, "refused@example.com");
    expect((await gws.post(`/users/${id}/skills`, body).expect(status)).body.statusCode).toBe(code);
  });

  it.each([-1, 11, 2.5, "high"])("refuses level %j with statusCode 10", async (level) => {
    const id = await createUser(gws, "levels@example.com");
    const [skill] = await catalogue();
    expect((await gws.post(`/users/${id}/skills`, { uri: skill?.uri, level }).expect(400)).body.statusCode).toBe(10);
  });

  it("answers 6 for an unknown user", async () => {
    expect((await gws.get(`/users/${"f".repeat(32)}/skills`).expect(404)).body.statusCode).toBe(6);
  });
});

describe("devices", () => {
  it("GET /devices answers uris, with fields=* the devices; GET /devices/{id} one", async () => {
    const uris = (await gws.get("/devices").expect(200)).body.uris;
    const devices = (await gws.get("/devices?fields=*").expect(200)).body.devices;
    expect(devices.map((device: { uri: string }) => device.uri)).toEqual(uris);
    expect((await gws.get(`/devices/${devices[0].id}`).expect(200)).body.device).toEqual(devices[0]);
    expect((await gws.get(`/devices/${"0".repeat(32)}`).expect(404)).body.statusCode).toBe(6);
  });

  it("GET /users/{id}/devices answers the user's devices, the active one carrying the user's DND", async () => {
    const dale = await userByName(gws, "dale.turner@example.com");
    const devices = (await gws.get(`/users/${dale.id}/devices`).expect(200)).body.devices;
    expect(devices).toEqual(dale["devices"]);
    const active = devices.find((device: { deviceState: string }) => device.deviceState === "Active");
    expect(active).toMatchObject({ doNotDisturb: "On", phoneNumber: expect.any(String), localNumber: expect.any(String) });
    expect(dale["doNotDisturb"]).toBe("On");
  });

  it("a new user has no devices", async () => {
    const id = await createUser(gws, "no.phone@example.com");
    expect((await gws.get(`/users/${id}/devices`).expect(200)).body).toEqual({ statusCode: 0, devices: [] });
  });
});
