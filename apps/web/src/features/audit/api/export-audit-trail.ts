import { useMutation } from "@tanstack/react-query";
import type { AuditFilters } from "@/config/paths";
import { apiClient } from "@/lib/api-client";
import { saveFile } from "@/lib/save-file";

const FALLBACK_NAME = "switchboard-audit.csv";

/** The name the BFF gives the download (`attachment; filename="…"`). */
function filenameOf(disposition: unknown): string {
  if (typeof disposition !== "string") return FALLBACK_NAME;
  return /filename="([^"]+)"/.exec(disposition)?.[1] ?? FALLBACK_NAME;
}

/**
 * Every record the filters match, as CSV: the same endpoint, asked for `text/csv`. A plain link
 * cannot set Accept, so the file comes through the API client (session, errors) and is then saved.
 */
export async function exportAuditTrail(filters: AuditFilters): Promise<{ file: Blob; filename: string }> {
  const response = await apiClient.get<Blob>("/audit", {
    params: filters,
    headers: { Accept: "text/csv" },
    responseType: "blob",
    // A whole trail may take a while to write out.
    timeout: 120_000,
  });
  return { file: response.data, filename: filenameOf(response.headers["content-disposition"]) };
}

export function useExportAuditTrail() {
  return useMutation({
    mutationFn: async (filters: AuditFilters) => {
      const { file, filename } = await exportAuditTrail(filters);
      saveFile(file, filename);
      return filename;
    },
  });
}
