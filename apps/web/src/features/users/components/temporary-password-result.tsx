import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { DialogActions } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import { copyText } from "@/lib/clipboard";

/**
 * The temporary password, this once: large, in a typewriter face (no l/1 or O/0 to confuse), with a
 * copy button. Nothing keeps it: closing the dialog drops it from memory.
 */
export function TemporaryPasswordResult({
  password,
  displayName,
  onDone,
}: {
  password: string;
  displayName: string;
  onDone: () => void;
}) {
  const copyRef = useRef<HTMLButtonElement>(null);
  const showToast = useToast();
  const [copied, setCopied] = useState(false);

  // The form that had focus is gone: the next thing to do is copy or read out the password.
  useEffect(() => copyRef.current?.focus(), []);

  async function handleCopy() {
    try {
      await copyText(password);
      setCopied(true);
      showToast("Copied the temporary password");
    } catch {
      showToast("Could not copy the password. Select it and copy it by hand.", { tone: "error" });
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-900">{`Temporary password for ${displayName}:`}</p>
      <div className="flex flex-wrap items-center gap-3">
        <output
          aria-label="Temporary password"
          className="rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-2xl tracking-wider break-all text-slate-900 select-all"
        >
          {password}
        </output>
        <Button
          ref={copyRef}
          variant="secondary"
          aria-label={copied ? "Copied the temporary password" : "Copy the temporary password"}
          onClick={() => void handleCopy()}
        >
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
      <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
        <p className="font-semibold">This password will not be shown again.</p>
        <p className="mt-1">{`Give it to ${displayName} now. They must choose a new password when they next sign in.`}</p>
      </div>
      <DialogActions>
        <Button onClick={onDone}>Done</Button>
      </DialogActions>
    </div>
  );
}
