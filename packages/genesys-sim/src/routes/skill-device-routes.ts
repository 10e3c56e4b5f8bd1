import type { Router } from "express";
import { bodyOf, call, jsonBody, param } from "../http/request.ts";
import { sendOk } from "../http/send.ts";
import type { SimState } from "../sim-state.ts";
import { parseSkillAssign } from "../wire/skill-body.ts";
import { deviceUri, renderDevice, renderSkill, renderUserSkills, skillUri, viewContext } from "../wire/views.ts";

/** `fields=*` (any value) asks a tenant collection for objects instead of URIs, as on `/users`. */
const wantsObjects = (query: Record<string, unknown>): boolean => query["fields"] !== undefined || query["subresources"] !== undefined;

/** The tenant's skills and devices, and a user's: the notes' paths. */
export function registerSkillAndDeviceRoutes(router: Router, state: SimState): void {
  router.get("/skills", ...call(state, "GET /skills"), (req, res) => {
    const context = viewContext(state, req);
    const skills = state.tenant.listSkills();
    sendOk(state, res, wantsObjects(req.query) ? { skills: skills.map((skill) => renderSkill(context, skill)) } : { uris: skills.map((skill) => skillUri(context, skill.id)) });
  });

  router.get("/skills/:id", ...call(state, "GET /skills/:id"), (req, res) => {
    sendOk(state, res, { skill: renderSkill(viewContext(state, req), state.tenant.getSkill(param(req, "id"))) });
  });

  router.get("/users/:id/skills", ...call(state, "GET /users/:id/skills"), (req, res) => {
    sendOk(state, res, { skills: renderUserSkills(viewContext(state, req), state.tenant.getUser(param(req, "id"))) });
  });

  router.post("/users/:id/skills", ...call(state, "POST /users/:id/skills"), jsonBody, (req, res) => {
    const userId = param(req, "id");
    state.tenant.getUser(userId);
    const { skillId, level, levelAsString } = parseSkillAssign(bodyOf(req));
    state.tenant.assignSkill(userId, skillId, level, levelAsString);
    sendOk(state, res);
  });

  router.delete("/users/:id/skills/:skillId", ...call(state, "DELETE /users/:id/skills/:skillId"), (req, res) => {
    state.tenant.unassignSkill(param(req, "id"), param(req, "skillId"));
    sendOk(state, res);
  });

  router.get("/users/:id/devices", ...call(state, "GET /users/:id/devices"), (req, res) => {
    const context = viewContext(state, req);
    sendOk(state, res, { devices: state.tenant.getUser(param(req, "id")).devices.map((device) => renderDevice(context, device)) });
  });

  router.get("/devices", ...call(state, "GET /devices"), (req, res) => {
    const context = viewContext(state, req);
    const devices = state.tenant.listDevices();
    sendOk(state, res, wantsObjects(req.query) ? { devices: devices.map((device) => renderDevice(context, device)) } : { uris: devices.map((device) => deviceUri(context, device.id)) });
  });

  router.get("/devices/:id", ...call(state, "GET /devices/:id"), (req, res) => {
    sendOk(state, res, { device: renderDevice(viewContext(state, req), state.tenant.getDevice(param(req, "id"))) });
  });
}
