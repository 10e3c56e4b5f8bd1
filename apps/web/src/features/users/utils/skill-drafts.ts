import { SkillLevelSchema, SkillNameSchema, type Skills } from "@switchboard/contracts";

/** One skill as it is being edited: the level as typed, so "10" on its way to "100" is not refused. */
export type SkillDraft = { name: string; level: string };

const byName = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

export function draftsOf(skills: Readonly<Record<string, number>>): SkillDraft[] {
  return Object.entries(skills)
    .sort(([a], [b]) => byName.compare(a, b))
    .map(([name, level]) => ({ name, level: String(level) }));
}

/**
 * The number a typed level stands for, or undefined. Digits only: Number() would also read "1e2" as
 * 100 and "0x40" as 64, which nobody typing "a whole number" means.
 */
export function parseLevel(level: string): number | undefined {
  return /^[0-9]+$/.test(level) ? Number(level) : undefined;
}

/** Why this typed level cannot be sent, or undefined. The same rule the BFF applies. */
export function levelProblem(level: string): string | undefined {
  if (level.trim() === "") return "Enter a level from 0 to 100.";
  const parsed = SkillLevelSchema.safeParse(parseLevel(level));
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}

/** Why a skill named so cannot be added to `drafts`, or undefined. */
export function newSkillProblem(name: string, drafts: readonly SkillDraft[]): string | undefined {
  const parsed = SkillNameSchema.safeParse(name);
  if (!parsed.success) return parsed.error.issues[0]?.message;
  const twin = drafts.find((draft) => byName.compare(draft.name, name) === 0);
  return twin ? `${twin.name} is already in the list.` : undefined;
}

/** Each skill whose level cannot be sent, by name. */
export function draftProblems(drafts: readonly SkillDraft[]): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const draft of drafts) {
    const problem = levelProblem(draft.level);
    if (problem) problems[draft.name] = problem;
  }
  return problems;
}

/** The set to send; only call once `draftProblems` found none. */
export function skillsOfDrafts(drafts: readonly SkillDraft[]): Skills {
  return Object.fromEntries(drafts.map((draft) => [draft.name, Number(draft.level)]));
}

/** Whether the drafts still say what `skills` says (a level typed as "070" is 70). */
export function draftsMatch(drafts: readonly SkillDraft[], skills: Readonly<Record<string, number>>): boolean {
  const names = Object.keys(skills);
  return (
    drafts.length === names.length &&
    drafts.every((draft) => Object.hasOwn(skills, draft.name) && parseLevel(draft.level) === skills[draft.name])
  );
}

/** "Cable 70, Support 100", or "none". */
export function describeSkills(skills: Readonly<Record<string, number>>): string {
  const drafts = draftsOf(skills);
  return drafts.length === 0 ? "none" : drafts.map((d) => `${d.name} ${d.level}`).join(", ");
}

/** Skill names seen elsewhere and not in the list yet, A to Z. */
export function skillSuggestions(seen: Iterable<string>, drafts: readonly SkillDraft[]): string[] {
  const taken = new Set(drafts.map((d) => d.name.toLowerCase()));
  return [...new Set(seen)].filter((name) => !taken.has(name.toLowerCase())).sort(byName.compare);
}
