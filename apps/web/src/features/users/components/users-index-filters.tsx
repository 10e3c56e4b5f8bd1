import { NO_TEAM, SKILL_BANDS, SkillBandIdSchema } from "@switchboard/contracts";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import type { IndexFilters } from "../utils/index-filters";

/**
 * Team, skill and level band: native selects, so each works by keyboard and screen reader as the
 * platform's own. A band needs a skill to apply to. Without teams (Genesys) there is no team filter.
 */
export function UsersIndexFilters({
  filters,
  onChange,
  teams,
  skills,
  someWithoutTeam,
  disabled,
}: {
  filters: IndexFilters;
  onChange: (filters: IndexFilters) => void;
  teams: readonly string[];
  skills: readonly string[];
  someWithoutTeam: boolean;
  /** While the index has not been read: there is nothing to choose from yet. */
  disabled: boolean;
}) {
  const teamOptions = [
    { value: "", label: "Every team" },
    ...(someWithoutTeam || filters.team === NO_TEAM ? [{ value: NO_TEAM, label: "No team" }] : []),
    ...teams.map((team) => ({ value: team, label: team })),
    // A team from a bookmark that nobody is in now still shows as chosen.
    ...(filters.team && filters.team !== NO_TEAM && !teams.includes(filters.team) ? [{ value: filters.team, label: filters.team }] : []),
  ];
  const skillOptions = [
    { value: "", label: "Any skill" },
    ...skills.map((skill) => ({ value: skill, label: skill })),
    ...(filters.skill && !skills.includes(filters.skill) ? [{ value: filters.skill, label: filters.skill }] : []),
  ];
  const bandOptions = [{ value: "", label: "Any level" }, ...SKILL_BANDS.map((band) => ({ value: band.id, label: `Level ${band.label}` }))];
  const filtering = filters.team !== undefined || filters.skill !== undefined;
  const showTeams = teams.length > 0 || filters.team !== undefined;

  return (
    <fieldset className="flex flex-wrap items-end gap-3" aria-label="Filter users">
      {showTeams && (
        <SelectField
          label="Team"
          options={teamOptions}
          value={filters.team ?? ""}
          disabled={disabled}
          onChange={(event) => onChange({ ...filters, team: event.target.value || undefined })}
        />
      )}
      <SelectField
        label="Skill"
        options={skillOptions}
        value={filters.skill ?? ""}
        disabled={disabled}
        onChange={(event) => onChange({ ...filters, skill: event.target.value || undefined })}
      />
      <SelectField
        label="Level"
        options={bandOptions}
        value={filters.band ?? ""}
        disabled={disabled || !filters.skill}
        hint={filters.skill ? undefined : "Choose a skill first."}
        onChange={(event) => {
          const band = SkillBandIdSchema.safeParse(event.target.value);
          onChange({ ...filters, band: band.success ? band.data : undefined });
        }}
      />
      {filtering && (
        <Button variant="ghost" size="sm" onClick={() => onChange({})}>
          Clear filters
        </Button>
      )}
    </fieldset>
  );
}
