import type { Request } from "express";
import type { SimState } from "../sim-state.ts";
import type { DeviceRecord, SkillAssignment, SkillRecord, UserRecord } from "../tenant/types.ts";

/** Where resources live: the absolute API root of this request (its host, the context path, `/api/v2`). */
export interface ViewContext {
  apiRoot: string;
  state: SimState;
}

export function viewContext(state: SimState, req: Request): ViewContext {
  return { apiRoot: `${req.protocol}://${req.get("host") ?? "localhost"}${state.config.contextPath}/api/v2`, state };
}

/** `uri` is absolute, `path` is relative to `/api/v2`. */
function located(context: ViewContext, path: string): { uri: string; path: string } {
  return { uri: `${context.apiRoot}${path}`, path };
}

export const userUri = (context: ViewContext, id: string): string => `${context.apiRoot}/users/${id}`;
export const skillUri = (context: ViewContext, id: string): string => `${context.apiRoot}/skills/${id}`;
export const deviceUri = (context: ViewContext, id: string): string => `${context.apiRoot}/devices/${id}`;

/** What to include: every field, or the fields named in `fields=a,b`; with subresources, skills and devices. */
export interface UserShape {
  fields: "*" | ReadonlySet<string>;
  subresources: boolean;
}

export function renderUser(context: ViewContext, user: UserRecord, shape: UserShape = { fields: "*", subresources: false }): Record<string, unknown> {
  const full: Record<string, unknown> = {
    id: user.id,
    userName: user.userName,
    firstName: user.firstName,
    lastName: user.lastName,
    emailAddress: user.emailAddress,
    roles: [...user.roles],
    enabled: user.enabled,
    changePasswordOnFirstLogin: user.changePasswordOnFirstLogin,
    contactCenterId: context.state.tenant.contactCenterId,
    doNotDisturb: user.doNotDisturb,
  };
  if (shape.subresources) {
    full["skills"] = renderUserSkills(context, user);
    full["devices"] = user.devices.map((device) => renderDevice(context, device));
  }
  Object.assign(full, located(context, `/users/${user.id}`));
  if (shape.fields === "*") return full;
  const chosen: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(full)) {
    if (shape.fields.has(key)) chosen[key] = value;
  }
  return chosen;
}

export function renderSkill(context: ViewContext, skill: SkillRecord): Record<string, unknown> {
  return { id: skill.id, name: skill.name, ...(skill.description === undefined ? {} : { description: skill.description }), ...located(context, `/skills/${skill.id}`) };
}

export function renderUserSkills(context: ViewContext, user: UserRecord): Record<string, unknown>[] {
  return user.skills.map((assignment: SkillAssignment) => {
    const { uri, path, ...skill } = renderSkill(context, context.state.tenant.getSkill(assignment.skillId));
    return { ...skill, level: assignment.levelAsString ? String(assignment.level) : assignment.level, uri, path };
  });
}

export function renderDevice(context: ViewContext, device: DeviceRecord): Record<string, unknown> {
  return {
    ...device,
    country: { ...device.country },
    userState: { ...device.userState },
    capabilities: [...device.capabilities],
    ...located(context, `/devices/${device.id}`),
  };
}
