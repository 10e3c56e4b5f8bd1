import { SKILL_BANDS, SkillBandIdSchema } from "@switchboard/contracts";
import type { QueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { useSearchParams } from "react-router";
import { PageHeading } from "@/components/layouts/page-heading";
import { LoadError } from "@/components/ui/load-error";
import { SelectField } from "@/components/ui/select-field";
import { StatusLine } from "@/components/ui/status-line";
import { paths } from "@/config/paths";
import { usePermissions } from "@/features/session/hooks/use-permissions";
import { CoverageTable } from "@/features/skills-coverage/components/coverage-table";
import { ThinSkills } from "@/features/skills-coverage/components/thin-skills";
import { computeCoverage } from "@/features/skills-coverage/utils/coverage";
import { userIndexQueryOptions } from "@/features/user-index/api/get-user-index";
import { IndexFreshness } from "@/features/user-index/components/index-freshness";
import { useLiveUserIndex } from "@/features/user-index/hooks/use-live-user-index";
import { useReplaceSearchParams } from "@/hooks/use-replace-search-params";
import { revalidateOnPathChange } from "@/lib/route-revalidation";

/** Starts reading the index without holding the page: it shows its own loading state. */
export function clientLoader(queryClient: QueryClient) {
  return () => {
    void queryClient.prefetchQuery(userIndexQueryOptions());
    return null;
  };
}

export const shouldRevalidate = revalidateOnPathChange;

const BAND_OPTIONS = [{ value: "", label: "Every level" }, ...SKILL_BANDS.map((band) => ({ value: band.id, label: `Level ${band.label}` }))];

/**
 * Skills coverage: which skills the contact center has, at what levels, in which teams, from the user
 * index. The thin skills first, then the map; every count opens the users it counts.
 */
export default function SkillsRoute() {
  const { index, status } = useLiveUserIndex();
  const { can, supports } = usePermissions();
  const [searchParams] = useSearchParams();
  const replaceParams = useReplaceSearchParams();
  const parsedBand = SkillBandIdSchema.safeParse(searchParams.get("band"));
  const band = parsedBand.success ? parsedBand.data : undefined;
  const rows = index.data?.users;
  const withTeams = supports("listTeams");
  const coverage = useMemo(() => (rows ? computeCoverage(rows, withTeams) : undefined), [rows, withTeams]);
  const neverRead = index.data?.indexedAt === null;

  let statusText = "";
  if (index.isPending) statusText = "Loading the users…";
  else if (coverage && coverage.rows.length === 0) statusText = neverRead ? "The users are being read for the first time; the map fills when they are." : "No user holds a skill yet.";
  else if (coverage) statusText = `${coverage.rows.length} ${coverage.rows.length === 1 ? "skill" : "skills"} across ${coverage.people.toLocaleString("en-US")} people`;

  return (
    <div className="flex flex-col gap-6">
      <div>
        <PageHeading title={paths.skills.title} />
        <p className="mt-1 text-slate-700">Which skills each team has, and at what level. Open a count to see who they are.</p>
        <div className="mt-2">
          <IndexFreshness status={status} canRefresh={can("refreshUserIndex")} />
        </div>
      </div>
      <StatusLine isPending={index.isPending}>{statusText}</StatusLine>
      {index.isError && !index.data && (
        <LoadError title="The users could not be loaded" error={index.error} isRetrying={index.isFetching} onRetry={() => void index.refetch()} />
      )}
      {coverage && coverage.rows.length > 0 && (
        <>
          <ThinSkills rows={coverage.rows} />
          <div className="max-w-xs">
            <SelectField
              label="Count people at"
              options={BAND_OPTIONS}
              value={band ?? ""}
              onChange={(event) => replaceParams({ band: event.target.value || undefined })}
            />
          </div>
          <CoverageTable coverage={coverage} band={band} />
        </>
      )}
    </div>
  );
}
