import { useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { LoadError } from "@/components/ui/load-error";
import { Spinner } from "@/components/ui/spinner";
import { useToast } from "@/components/ui/toast";
import { paths, type AuditFilters } from "@/config/paths";
import { ApiError, getErrorMessage } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/field-errors";
import { useExportAuditTrail } from "../api/export-audit-trail";
import { useAuditTrail } from "../api/get-audit-trail";
import { hasFilters } from "../utils/audit-filters";
import { AuditFiltersForm, type FilterField } from "./audit-filters-form";
import { AuditTable } from "./audit-table";

const FILTER_FIELDS: readonly FilterField[] = ["actor", "action", "target", "from", "to"];

function countRecords(count: number): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? "record" : "records"}`;
}

/** Who did what, when, and how it ended: filtered by the address, newest first, a page at a time. */
export function AuditTrail({
  filters,
  onFiltersChange,
}: {
  filters: AuditFilters;
  onFiltersChange: (filters: AuditFilters) => void;
}) {
  const trail = useAuditTrail(filters);
  const exportTrail = useExportAuditTrail();
  const showToast = useToast();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const records = trail.data?.pages.flatMap((page) => page.records) ?? [];
  const filtered = hasFilters(filters);

  let status = "";
  if (trail.data) {
    if (records.length === 0) status = filtered ? "No records match these filters." : "The audit trail is empty.";
    else if (trail.hasNextPage) status = `The newest ${countRecords(records.length)}; older ones follow.`;
    else status = `${countRecords(records.length)}, the whole trail${filtered ? " for these filters" : ""}.`;
  } else if (trail.isPending) {
    status = "Loading the audit trail…";
  }

  const serverErrors = trail.error instanceof ApiError ? fieldErrorsOf(trail.error.fieldErrors, FILTER_FIELDS) : {};

  async function loadOlder() {
    const result = await trail.fetchNextPage();
    // The button goes away with the last page: focus goes to the count, which says what is shown.
    if (!result.hasNextPage && !result.isError) statusRef.current?.focus();
  }

  return (
    <div className="flex flex-col gap-4">
      <AuditFiltersForm
        filters={filters}
        serverErrors={serverErrors}
        // Applying the filters already shown asks for the newest records again.
        onApply={(next) =>
          paths.audit.getHref(next) === paths.audit.getHref(filters) ? void trail.refetch() : onFiltersChange(next)
        }
      />

      <div className="flex flex-wrap items-center justify-between gap-3">
        <p
          ref={statusRef}
          tabIndex={-1}
          role="status"
          className="flex min-h-6 items-center gap-2 text-sm font-medium text-slate-700 focus:outline-none"
        >
          {trail.isPending && <Spinner />}
          {status}
        </p>
        <Button
          variant="secondary"
          isPending={exportTrail.isPending}
          onClick={() =>
            exportTrail.mutate(filters, {
              onSuccess: (filename) => showToast(`Downloaded ${filename}`),
              onError: (error) =>
                showToast(`Could not export the audit trail. ${getErrorMessage(error)}`, { tone: "error" }),
            })
          }
        >
          Export CSV <span className="sr-only">{filtered ? "of the filtered trail" : "of the whole trail"}</span>
        </Button>
      </div>

      {trail.isError && !trail.data && (
        <LoadError
          title="The audit trail could not be loaded"
          error={trail.error}
          isRetrying={trail.isFetching}
          onRetry={() => void trail.refetch()}
        />
      )}

      {records.length > 0 && <AuditTable records={records} />}

      {trail.isFetchNextPageError && (
        <Alert title="Older records could not be loaded">{getErrorMessage(trail.error)}</Alert>
      )}
      {trail.hasNextPage && (
        <Button variant="secondary" className="self-center" isPending={trail.isFetchingNextPage} onClick={() => void loadOlder()}>
          Load older records
        </Button>
      )}
    </div>
  );
}
