import type { AuditFilters } from "@/config/paths";

const NAMES = ["actor", "action", "target", "from", "to"] as const;

/** The filters in an address's query string; the empty ones left out, so equal views share a cache entry. */
export function auditFiltersOf(search: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {};
  for (const name of NAMES) {
    const value = search.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return filters;
}

export function hasFilters(filters: AuditFilters): boolean {
  return NAMES.some((name) => filters[name]);
}
