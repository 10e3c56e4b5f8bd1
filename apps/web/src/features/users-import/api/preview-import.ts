import { ImportPreviewSchema, type ImportPreview } from "@switchboard/contracts";
import { useMutation } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";

/**
 * The dry run of a users CSV: the file goes as it is (`text/csv`), the BFF reads it, checks every row
 * against the tenant and writes nothing. A POST only because it carries a file.
 */
export async function previewImport(file: Blob): Promise<ImportPreview> {
  const response = await apiClient.post("/users/import", file, {
    params: { mode: "preview" },
    headers: { "Content-Type": "text/csv" },
  });
  return ImportPreviewSchema.parse(response.data);
}

export function usePreviewImport() {
  return useMutation({ mutationFn: previewImport });
}
