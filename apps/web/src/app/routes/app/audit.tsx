import type { QueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { useNavigate, useSearchParams, type LoaderFunctionArgs } from "react-router";
import { PageHeading } from "@/components/layouts/page-heading";
import { paths, type AuditFilters } from "@/config/paths";
import { auditTrailQueryOptions } from "@/features/audit/api/get-audit-trail";
import { AuditTrail } from "@/features/audit/components/audit-trail";
import { auditFiltersOf } from "@/features/audit/utils/audit-filters";

/** Starts the first page of the filtered trail without holding the page: it shows its own loading state. */
export function clientLoader(queryClient: QueryClient) {
  return ({ request }: LoaderFunctionArgs) => {
    const filters = auditFiltersOf(new URL(request.url).searchParams);
    void queryClient.prefetchInfiniteQuery(auditTrailQueryOptions(filters));
    return null;
  };
}

export default function AuditRoute() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const search = searchParams.toString();
  // One object per address, so the form and the query see a change only when the filters change.
  const filters = useMemo(() => auditFiltersOf(new URLSearchParams(search)), [search]);

  // Each applied filter is a history entry (Back returns to the previous view) and a bookmarkable address.
  const applyFilters = (next: AuditFilters) => void navigate(paths.audit.getHref(next), { preventScrollReset: true });

  return (
    <div className="flex flex-col gap-6">
      <div>
        <PageHeading title={paths.audit.title} />
        <p className="mt-1 text-slate-700">
          Every sign-in, sign-out and change made through Switchboard, who made it and how it ended.
        </p>
      </div>
      <AuditTrail filters={filters} onFiltersChange={applyFilters} />
    </div>
  );
}
