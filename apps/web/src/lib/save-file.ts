/** How long the browser keeps the file's object URL: long enough for any browser to start the download. */
const REVOKE_AFTER_MS = 60_000;

/** Hands a file the SPA fetched to the browser's download, under `filename`. */
export function saveFile(file: Blob, filename: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
