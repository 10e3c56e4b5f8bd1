import type { AuditChanges } from "@switchboard/contracts";

const ACTIONS: Readonly<Record<string, string | undefined>> = {
  "user.create": "Created",
  "user.update": "Changed",
  "user.delete": "Deleted",
  "user.unlock": "Unlocked",
  "user.reset_password": "Password reset",
};

/** A history entry's action in a word; one this version does not know shows by its name. */
export function historyActionLabel(action: string): string {
  return (Object.hasOwn(ACTIONS, action) && ACTIONS[action]) || action;
}

function isLevels(value: unknown): value is Record<string, number> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === "number");
}

/** "Cable 70 → 85", "added Spanish 40", "removed Mobile": what a new skill set did to the old one. */
export function describeSkillChanges(before: Record<string, number>, after: Record<string, number>): string[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort((a, b) => a.localeCompare(b));
  return names.flatMap((name) => {
    const was = before[name];
    const now = after[name];
    if (was === undefined) return [`added ${name} ${now}`];
    if (now === undefined) return [`removed ${name}`];
    return was === now ? [] : [`${name} ${was} → ${now}`];
  });
}

function text(value: unknown): string {
  if (value === null || value === undefined || value === "") return "none";
  return typeof value === "string" ? value : JSON.stringify(value);
}

const flagWords = {
  disabled: (value: unknown) => (value ? "disabled" : "enabled"),
  changePassword: (value: unknown) => (value ? "must change password" : "no change pending"),
} as const;

/** One line per field a change touched, as a supervisor reads it. */
export function describeChanges(action: string, changes: AuditChanges | null): string[] {
  const before = changes?.before ?? {};
  const after = changes?.after ?? {};
  if (action === "user.create") {
    return [`in ${text(after["team"])}`, ...(after["extension"] ? [`extension ${text(after["extension"])}`] : [])];
  }
  if (action === "user.delete") return [`was in ${text(before["team"])}, extension ${text(before["extension"])}`];
  if (action !== "user.update") return [];
  return Object.keys(after).flatMap((field) => {
    if (field === "skills") {
      const was = isLevels(before["skills"]) ? before["skills"] : {};
      const now = isLevels(after["skills"]) ? after["skills"] : {};
      const lines = describeSkillChanges(was, now);
      return lines.length > 0 ? [`Skills: ${lines.join("; ")}`] : [];
    }
    if (field === "team") return [`Team: ${text(before["team"])} → ${text(after["team"])}`];
    if (field === "disabled") return [`Account: ${flagWords.disabled(before["disabled"])} → ${flagWords.disabled(after["disabled"])}`];
    if (field === "changePassword") return [`Password: ${flagWords.changePassword(before["changePassword"])} → ${flagWords.changePassword(after["changePassword"])}`];
    return [`${field}: ${text(before[field])} → ${text(after[field])}`];
  });
}
