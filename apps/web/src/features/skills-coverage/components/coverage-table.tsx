import { SKILL_BANDS, type SkillBandId } from "@switchboard/contracts";
import { Link } from "react-router";
import { Badge } from "@/components/ui/badge";
import { paths } from "@/config/paths";
import { cn } from "@/lib/cn";
import { countOf, intensityOf, type Coverage, type CoverageCell, type CoverageColumn } from "../utils/coverage";

/** Light to dark; the darkest takes white text. The count is always written: colour only repeats it. */
const SHADES = ["bg-white text-slate-500", "bg-indigo-50 text-slate-900", "bg-indigo-100 text-slate-900", "bg-indigo-200 text-slate-900", "bg-indigo-300 text-slate-900", "bg-indigo-700 text-white"] as const;

const bandLabel = (band: SkillBandId | undefined) => (band ? `at level ${SKILL_BANDS.find((candidate) => candidate.id === band)?.label}` : "at any level");
const peopleCount = (count: number) => `${count.toLocaleString("en-US")} ${count === 1 ? "person" : "people"}`;

/** The split by band, small under the count: "2 · 5 · 1" (the link's hidden words say it). */
function BandSplit({ cell }: { cell: CoverageCell }) {
  if (cell.total === 0) return null;
  return (
    <span aria-hidden="true" className="block text-xs tabular-nums opacity-80">
      {SKILL_BANDS.map((band) => cell.bands[band.id]).join(" · ")}
    </span>
  );
}

const splitInWords = (cell: CoverageCell) => (cell.total === 0 ? "" : ` (${SKILL_BANDS.map((band) => `${cell.bands[band.id]} at ${band.label}`).join(", ")})`);

function CountCell({ skill, column, cell, band, largest }: { skill: string; column: CoverageColumn | undefined; cell: CoverageCell; band: SkillBandId | undefined; largest: number }) {
  const count = countOf(cell, band);
  const where = column ? column.label : "every team";
  return (
    <td className={cn("border border-slate-200 p-0 text-center", SHADES[intensityOf(count, largest)])}>
      {/* Named by its content, not aria-label: the visible count starts the name, and the words after it
          say what it counts (the column and row headers are not read when moving from link to link). */}
      <Link
        to={paths.users.getHref({ skill, team: column?.team, band })}
        // Relative: it holds the screen-reader words (absolutely placed), which would otherwise be placed
        // against the page and widen it beyond the scrolling region.
        className="relative block min-w-16 px-2 py-1.5 tabular-nums underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-600"
      >
        <span className="text-base font-semibold">{count.toLocaleString("en-US")}</span>{" "}
        <span className="sr-only">{`${count === 1 ? "person" : "people"} with ${skill} ${bandLabel(band)} in ${where}${band ? "" : splitInWords(cell)}: list them`}</span>
        <BandSplit cell={cell} />
      </Link>
    </td>
  );
}

/**
 * The heat map as a real table: a row per skill, a column per team (and "No team"), totals at the
 * right and the team sizes at the bottom. Each count is a link to the users list filtered to it.
 */
export function CoverageTable({ coverage, band }: { coverage: Coverage; band: SkillBandId | undefined }) {
  const largest = Math.max(0, ...coverage.rows.flatMap((row) => row.cells.map((cell) => countOf(cell, band))));
  const several = coverage.columns.length > 1;
  return (
    <div role="region" aria-labelledby="coverage-caption" tabIndex={0} className="overflow-x-auto focus-visible:outline-2 focus-visible:outline-brand-600">
      <table className="border-collapse text-sm">
        <caption id="coverage-caption" className="mb-2 text-left text-slate-700">
          People per skill and team, {bandLabel(band)}. Under each count: how many at {SKILL_BANDS.map((b) => b.label).join(", ")}.
        </caption>
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 bg-slate-50 px-3 py-2 text-left font-semibold">
              Skill
            </th>
            {coverage.columns.map((column) => (
              <th key={column.label} scope="col" className="px-2 py-2 text-center font-semibold">
                {column.label}
                <span className="block text-xs font-normal text-slate-600">{peopleCount(column.people)}</span>
              </th>
            ))}
            {several && (
              <th scope="col" className="px-2 py-2 text-center font-semibold">
                All teams
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {coverage.rows.map((row) => (
            <tr key={row.skill}>
              <th scope="row" className="sticky left-0 bg-slate-50 px-3 py-1.5 text-left font-medium">
                <span className="flex items-center gap-2">
                  {row.skill}
                  {row.thin && <Badge tone="warning">Thin</Badge>}
                </span>
              </th>
              {row.cells.map((cell, position) => (
                <CountCell key={coverage.columns[position]?.label} skill={row.skill} column={coverage.columns[position]} cell={cell} band={band} largest={largest} />
              ))}
              {several && <CountCell skill={row.skill} column={undefined} cell={row.total} band={band} largest={Number.POSITIVE_INFINITY} />}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
