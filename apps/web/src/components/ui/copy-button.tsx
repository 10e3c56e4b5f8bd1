import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { copyText } from "@/lib/clipboard";

const COPIED_ICON_MS = 2000;

/**
 * Copies one value in a click: "Copy extension 1234", "Copy login jdoe", "Copy phone number …". The
 * icon turns into a tick for a moment, and the toast's live region says "Copied extension 1234".
 */
export function CopyButton({ what, value, shown = value }: { what: string; value: string; shown?: string }) {
  const showToast = useToast();
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const timer = window.setTimeout(() => setCopied(false), COPIED_ICON_MS);
    return () => window.clearTimeout(timer);
  }, [copied]);

  async function handleCopy() {
    try {
      await copyText(value);
      setCopied(true);
      showToast(`Copied ${what} ${shown}`);
    } catch {
      showToast(`Could not copy ${what} ${shown}. Select it and copy it by hand.`, { tone: "error" });
    }
  }

  return (
    <Button variant="ghost" size="icon" onClick={() => void handleCopy()} className="shrink-0">
      <svg aria-hidden="true" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1.6" className="size-4">
        {copied ? (
          <path d="m4.5 10.5 3.5 3.5 7.5-8" strokeLinecap="round" strokeLinejoin="round" />
        ) : (
          <>
            <rect x="7" y="7" width="9" height="10" rx="1.5" />
            <path d="M13 7V4.5A1.5 1.5 0 0 0 11.5 3h-6A1.5 1.5 0 0 0 4 4.5v8A1.5 1.5 0 0 0 5.5 14H7" />
          </>
        )}
      </svg>
      <span className="sr-only">{`Copy ${what} ${shown}`}</span>
    </Button>
  );
}
