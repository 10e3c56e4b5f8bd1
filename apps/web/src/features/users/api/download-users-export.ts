import { useMutation } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";
import { saveFile } from "@/lib/save-file";

/**
 * An export's file (`GET /api/jobs/<id>/download`), fetched through the API client so that a file
 * no longer kept (410) or a lost session is worded as any error, then handed to the browser's download.
 */
export async function downloadUsersExport(jobId: string): Promise<Blob> {
  const response = await apiClient.get<Blob>(`/jobs/${encodeURIComponent(jobId)}/download`, { responseType: "blob", timeout: 120_000 });
  return response.data;
}

export function useDownloadUsersExport() {
  return useMutation({
    mutationFn: async ({ jobId, fileName }: { jobId: string; fileName: string }) => {
      saveFile(await downloadUsersExport(jobId), fileName);
      return fileName;
    },
  });
}
