/**
 * Copies text. Browsers offer the async Clipboard API only in secure contexts; Switchboard may be
 * opened over plain HTTP on an intranet, where only the older selection-based copy works.
 */
export async function copyText(text: string): Promise<void> {
  if ((navigator.clipboard as Clipboard | undefined)?.writeText) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const previousFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const textarea = document.createElement("textarea");
  textarea.value = text;
  textarea.setAttribute("readonly", "");
  textarea.className = "fixed top-0 left-0 opacity-0";
  document.body.append(textarea);
  textarea.select();
  try {
    if (!document.execCommand("copy")) throw new Error("The browser refused to copy");
  } finally {
    textarea.remove();
    previousFocus?.focus();
  }
}
