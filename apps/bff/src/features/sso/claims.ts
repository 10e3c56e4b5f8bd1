import { ROLES, type Role } from "@switchboard/contracts";
import { z } from "zod";

/** `OIDC_ROLE_MAP`: the provider's group → Switchboard's role, e.g. `sb-admins=admin,staff=viewer`. */
export type RoleMap = ReadonlyMap<string, Role>;

const ROLE_WORDS = ROLES.join(", ");

/** Parses `group=role,group=role`; each bad entry is named in its own issue. */
export const RoleMapSchema = z.string().transform((text, ctx): RoleMap => {
  const map = new Map<string, Role>();
  const entries = text.split(",").map((entry) => entry.trim()).filter((entry) => entry !== "");
  if (entries.length === 0) ctx.addIssue({ code: "custom", message: "names no group, e.g. sb-admins=admin,staff=viewer" });
  for (const entry of entries) {
    const at = entry.lastIndexOf("=");
    const group = entry.slice(0, Math.max(at, 0)).trim();
    const role = entry.slice(at + 1).trim();
    if (at <= 0 || group === "") {
      ctx.addIssue({ code: "custom", message: `"${entry}" is not group=role` });
    } else if (!(ROLES as readonly string[]).includes(role)) {
      ctx.addIssue({ code: "custom", message: `"${entry}": ${role || "(nothing)"} is not a role (${ROLE_WORDS})` });
    } else if (map.has(group) && map.get(group) !== role) {
      ctx.addIssue({ code: "custom", message: `"${entry}": ${group} is mapped twice` });
    } else {
      map.set(group, role as Role);
    }
  }
  return map;
});

/** A claim's name, or a dotted path into nested objects (`realm_access.roles`). */
export const ClaimPathSchema = z
  .string()
  .trim()
  .regex(/^[^.\s]+(\.[^.\s]+)*$/, "must be a claim name or a dotted path such as realm_access.roles");

/** The strings at a claim path: a list of strings, or one string (space- or comma-separated); else none. */
export function claimValues(claims: Readonly<Record<string, unknown>>, path: string): string[] {
  let value: unknown = claims;
  for (const key of path.split(".")) {
    value = value !== null && typeof value === "object" && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  }
  if (typeof value === "string") return value.split(/[\s,]+/).filter((v) => v !== "");
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string" && v !== "");
  return [];
}

/** The highest role any of the person's groups maps to; undefined when none maps to one. */
export function roleFromGroups(groups: readonly string[], map: RoleMap): Role | undefined {
  let best: Role | undefined;
  for (const group of groups) {
    const role = map.get(group);
    if (role && (best === undefined || ROLES.indexOf(role) > ROLES.indexOf(best))) best = role;
  }
  return best;
}
