import { invalidValue, missingParameter } from "../errors.ts";
import { asObject } from "./user-body.ts";

export interface SkillAssignInput {
  skillId: string;
  level: number;
  /** The level arrived as a string (`"5"`); it is answered back the same way. */
  levelAsString: boolean;
}

const SKILL_PATH = /(?:^|\/)skills\/([^/?#]+)\/?(?:[?#].*)?$/;

/** `POST /users/{id}/skills` `{uri, level}`: the skill by its URI (absolute or a path), level 0–10, a number or a string. */
export function parseSkillAssign(body: unknown): SkillAssignInput {
  const fields = asObject(body);
  if (fields["uri"] === undefined || fields["uri"] === "") throw missingParameter("uri");
  if (fields["level"] === undefined || fields["level"] === "") throw missingParameter("level");
  const uri = fields["uri"];
  const skillId = typeof uri === "string" ? SKILL_PATH.exec(uri)?.[1] : undefined;
  if (!skillId) throw invalidValue("uri", "must be a skill URI");
  const raw = fields["level"];
  const level = typeof raw === "string" && /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : raw;
  if (typeof level !== "number" || !Number.isInteger(level) || level < 0 || level > 10) throw invalidValue("level", "must be a whole number from 0 to 10");
  return { skillId: decodeURIComponent(skillId), level, levelAsString: typeof raw === "string" };
}
