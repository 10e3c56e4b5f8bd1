import type { AccessNumberAssignment } from "@switchboard/contracts";
import { useDeferredValue, useMemo } from "react";
import { LoadError } from "@/components/ui/load-error";
import { SearchField } from "@/components/ui/search-field";
import { pageSearchProps } from "@/lib/page-search";
import { SelectField } from "@/components/ui/select-field";
import { StatusLine } from "@/components/ui/status-line";
import { useAccessNumbers } from "../api/get-access-numbers";
import { ASSIGNMENTS, assignmentLabel, parseAssignment } from "../utils/access-number-labels";
import { indexAccessNumbers, searchAccessNumbers } from "../utils/search-access-numbers";
import { AccessNumbersTable } from "./access-numbers-table";

function countNumbers(count: number): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? "number" : "numbers"}`;
}

/**
 * Search, type filter, status and the table. A tenant has a number per user with a DID, so the
 * list can run to thousands: the table follows the typing a frame behind (useDeferredValue),
 * and the box stays responsive.
 */
export function AccessNumbers({
  query,
  onQueryChange,
  assignment,
  onAssignmentChange,
}: {
  query: string;
  onQueryChange: (query: string) => void;
  assignment: AccessNumberAssignment | undefined;
  onAssignmentChange: (assignment: AccessNumberAssignment | undefined) => void;
}) {
  const numbers = useAccessNumbers();
  const index = useMemo(() => indexAccessNumbers(numbers.data ?? []), [numbers.data]);
  const shownQuery = useDeferredValue(query);
  const matches = useMemo(() => searchAccessNumbers(index, { query: shownQuery, assignment }), [index, shownQuery, assignment]);
  const counts = useMemo(() => {
    const byAssignment = new Map<AccessNumberAssignment, number>();
    for (const n of numbers.data ?? []) byAssignment.set(n.assignment, (byAssignment.get(n.assignment) ?? 0) + 1);
    return byAssignment;
  }, [numbers.data]);
  const trimmed = shownQuery.trim();
  const filtered = Boolean(trimmed || assignment);

  let status = "";
  if (numbers.data) {
    const total = numbers.data.length;
    if (total === 0) status = "The contact center has no access numbers.";
    else if (!filtered) status = countNumbers(total);
    else if (matches.length === 0) status = trimmed ? `No number matches “${trimmed}”` : "No number of this type.";
    else status = `${matches.length.toLocaleString("en-US")} of ${countNumbers(total)}`;
  } else if (numbers.isPending) {
    status = "Loading access numbers…";
  }

  const options = [
    { value: "", label: `All types${numbers.data ? ` (${numbers.data.length.toLocaleString("en-US")})` : ""}` },
    ...ASSIGNMENTS.map((value) => ({
      value,
      label: `${assignmentLabel(value)}${numbers.data ? ` (${(counts.get(value) ?? 0).toLocaleString("en-US")})` : ""}`,
    })),
  ];

  return (
    <div className="flex flex-col gap-4">
      <form
        role="search"
        aria-label="Access numbers"
        onSubmit={(event) => event.preventDefault()}
        className="flex flex-col gap-3 sm:flex-row sm:items-end"
      >
        <SearchField
          {...pageSearchProps}
          label="Search access numbers"
          hint="By number, scenario, name, login or extension."
          value={query}
          onChange={(event) => onQueryChange(event.target.value)}
          className="sm:w-96"
        />
        <SelectField
          label="Type"
          options={options}
          value={assignment ?? ""}
          onChange={(event) => onAssignmentChange(parseAssignment(event.target.value))}
          className="sm:w-56"
        />
      </form>
      <StatusLine isPending={numbers.isPending}>{status}</StatusLine>
      {numbers.data && matches.length > 0 && <AccessNumbersTable accessNumbers={matches} />}
      {!numbers.data && numbers.isError && (
        <LoadError
          title="The access numbers could not be loaded"
          error={numbers.error}
          isRetrying={numbers.isFetching}
          onRetry={() => void numbers.refetch()}
        />
      )}
    </div>
  );
}
