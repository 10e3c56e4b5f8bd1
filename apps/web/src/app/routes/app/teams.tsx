import type { QueryClient } from "@tanstack/react-query";
import { PageHeading } from "@/components/layouts/page-heading";
import { paths } from "@/config/paths";
import { teamsQueryOptions } from "@/features/teams/api/get-teams";
import { TeamsList } from "@/features/teams/components/teams-list";
import { revalidateOnPathChange } from "@/lib/route-revalidation";

/** Starts the download without holding the page: it shows its own loading state. */
export function clientLoader(queryClient: QueryClient) {
  return () => {
    void queryClient.prefetchQuery(teamsQueryOptions());
    return null;
  };
}

export const shouldRevalidate = revalidateOnPathChange;

export default function TeamsRoute() {
  return (
    <div className="flex flex-col gap-6">
      <div>
        <PageHeading title={paths.teams.title} />
        <p className="mt-1 text-slate-700">The contact center’s teams. A user’s team shows on their page.</p>
      </div>
      <TeamsList />
    </div>
  );
}
