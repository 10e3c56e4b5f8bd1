import type { QueryClient } from "@tanstack/react-query";
import { PageHeading } from "@/components/layouts/page-heading";
import { paths } from "@/config/paths";
import { directoryQueryOptions } from "@/features/directory/api/get-directory";
import { Directory } from "@/features/directory/components/directory";
import { useSearchParamState } from "@/hooks/use-search-param-state";
import { revalidateOnPathChange } from "@/lib/route-revalidation";

/** Starts the download without holding the page: it shows its own loading state. */
export function clientLoader(queryClient: QueryClient) {
  return () => {
    void queryClient.prefetchQuery(directoryQueryOptions());
    return null;
  };
}

export const shouldRevalidate = revalidateOnPathChange;

export default function DirectoryRoute() {
  const [query, setQuery] = useSearchParamState("q");
  return (
    <div className="flex flex-col gap-6">
      <div>
        <PageHeading title={paths.directory.title} />
        <p className="mt-1 text-slate-700">Find a colleague’s extension or direct number.</p>
      </div>
      <Directory query={query} onQueryChange={setQuery} />
    </div>
  );
}
