import { Link } from "react-router";
import { paths } from "@/config/paths";
import { THIN_BELOW, type CoverageRow } from "../utils/coverage";

/** What a supervisor looks for first on a Monday: the skills too few people hold at 70–100. */
export function ThinSkills({ rows }: { rows: readonly CoverageRow[] }) {
  const thin = rows.filter((row) => row.thin).sort((a, b) => a.total.bands.high - b.total.bands.high || a.skill.localeCompare(b.skill));
  if (rows.length === 0) return null;
  return (
    <section
      aria-labelledby="thin-skills"
      className={thin.length === 0 ? "rounded-md border border-green-300 bg-green-50 p-4 text-green-950" : "rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950"}
    >
      <h2 id="thin-skills" className="font-semibold">
        {thin.length === 0 ? `Every skill has at least ${THIN_BELOW} people at 70–100` : `Thin skills: fewer than ${THIN_BELOW} people at 70–100`}
      </h2>
      {thin.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
          {thin.map((row) => (
            <li key={row.skill}>
              <Link to={paths.users.getHref({ skill: row.skill, band: "high" })} className="underline underline-offset-2 hover:text-amber-800">
                {row.skill}
              </Link>{" "}
              <span className="tabular-nums">({row.total.bands.high})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
