import type { QueryClient } from "@tanstack/react-query";
import { PageHeading } from "@/components/layouts/page-heading";
import { paths } from "@/config/paths";
import { accessNumbersQueryOptions } from "@/features/access-numbers/api/get-access-numbers";
import { AccessNumbers } from "@/features/access-numbers/components/access-numbers";
import { useAssignmentFilter } from "@/features/access-numbers/hooks/use-assignment-filter";
import { useSearchParamState } from "@/hooks/use-search-param-state";
import { revalidateOnPathChange } from "@/lib/route-revalidation";

/** Starts the download without holding the page: it shows its own loading state. */
export function clientLoader(queryClient: QueryClient) {
  return () => {
    void queryClient.prefetchQuery(accessNumbersQueryOptions());
    return null;
  };
}

export const shouldRevalidate = revalidateOnPathChange;

export default function AccessNumbersRoute() {
  const [query, setQuery] = useSearchParamState("q");
  const [assignment, setAssignment] = useAssignmentFilter(query);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <PageHeading title={paths.accessNumbers.title} />
        <p className="mt-1 text-slate-700">
          The phone numbers callers dial, and the scenario, user or phone each one reaches.
        </p>
      </div>
      <AccessNumbers query={query} onQueryChange={setQuery} assignment={assignment} onAssignmentChange={setAssignment} />
    </div>
  );
}
