import { LoadError } from "@/components/ui/load-error";
import { StatusLine } from "@/components/ui/status-line";
import { useTeams } from "../api/get-teams";

function countTeams(count: number): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? "team" : "teams"}`;
}

/** The tenant's teams, A to Z as the BFF sends them; in columns read downwards on a wide screen. */
export function TeamsList() {
  const teams = useTeams();

  let status = "";
  if (teams.data) status = teams.data.length > 0 ? countTeams(teams.data.length) : "The contact center has no teams yet.";
  else if (teams.isPending) status = "Loading teams…";

  return (
    <div className="flex flex-col gap-4">
      <StatusLine isPending={teams.isPending}>{status}</StatusLine>
      {teams.data && teams.data.length > 0 && (
        <ul
          aria-label="Teams"
          className="gap-x-8 rounded-md border border-slate-200 bg-white px-4 py-3 sm:columns-2 lg:columns-3"
        >
          {teams.data.map((team) => (
            <li key={team.name} className="break-inside-avoid py-1.5 break-words text-slate-900">
              {team.name}
            </li>
          ))}
        </ul>
      )}
      {!teams.data && teams.isError && (
        <LoadError
          title="The teams could not be loaded"
          error={teams.error}
          isRetrying={teams.isFetching}
          onRetry={() => void teams.refetch()}
        />
      )}
    </div>
  );
}
