import { MobileLabel, Missing } from "@/components/ui/table-cells";

/** Skills shown in a row before "+N more": the row stays one line on a desktop. */
const SHOWN_SKILLS = 3;

/**
 * A row's Team cell: the index's team, a dash for none, empty until the index has the user. On a phone
 * it has a line of its own: in the card's first column a long team name would widen that column and
 * push the direct number beside it off the screen.
 */
export function TeamName({ team }: { team: string | null | undefined }) {
  return (
    <div role="cell" className="col-span-2 min-w-0 break-words md:col-span-1">
      <MobileLabel>Team</MobileLabel>
      {team === undefined ? <span className="sr-only">Not read yet</span> : (team ?? <Missing what="team" />)}
    </div>
  );
}

/** A row's Skills cell: the highest levels first ("English 90, Billing 70 +2 more"), every one in the tooltip. */
export function SkillsSummary({ skills }: { skills: Readonly<Record<string, number>> | undefined }) {
  const held = Object.entries(skills ?? {}).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const all = held.map(([name, level]) => `${name} ${level}`).join(", ");
  return (
    <div role="cell" className="col-span-2 min-w-0 text-sm text-slate-700 md:col-span-1" title={held.length > SHOWN_SKILLS ? all : undefined}>
      <MobileLabel>Skills</MobileLabel>
      {skills === undefined ? (
        <span className="sr-only">Not read yet</span>
      ) : held.length === 0 ? (
        <Missing what="skills" />
      ) : (
        <>
          {held
            .slice(0, SHOWN_SKILLS)
            .map(([name, level]) => `${name} ${level}`)
            .join(", ")}
          {held.length > SHOWN_SKILLS && <span className="text-slate-600"> +{held.length - SHOWN_SKILLS} more</span>}
        </>
      )}
    </div>
  );
}
