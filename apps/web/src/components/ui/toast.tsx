import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from "react";
import { cn } from "@/lib/cn";

type Tone = "success" | "error";
type Toast = { id: number; message: string; tone: Tone };
type ShowToast = (message: string, options?: { tone?: Tone }) => void;

const ToastContext = createContext<ShowToast | null>(null);

const DISPLAY_MS = 4000;

/**
 * Short confirmations ("Copied extension 1048") and failures of one-click actions. The two live
 * regions are always in the page, so screen readers announce what is added to them. They are
 * plain aria-live regions, not role=status/alert, so they never compete with a page's own status
 * line or error box for "the" status or alert of the page.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(0);

  const show = useCallback<ShowToast>((message, options) => {
    const toast: Toast = { id: nextId.current++, message, tone: options?.tone ?? "success" };
    // One toast per message: copying the same extension twice should not stack two boxes.
    setToasts((current) => [...current.filter((t) => t.message !== message), toast]);
    window.setTimeout(() => {
      setToasts((current) => current.filter((t) => t.id !== toast.id));
    }, DISPLAY_MS);
  }, []);

  const byTone = (tone: Tone) => toasts.filter((t) => t.tone === tone);

  return (
    <ToastContext.Provider value={show}>
      {children}
      <section
        aria-label="Notifications"
        className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex flex-col items-center gap-2 p-4 sm:items-end"
      >
        <div aria-live="polite" className="flex flex-col items-center gap-2 sm:items-end">
          {byTone("success").map((toast) => (
            <ToastBox key={toast.id} toast={toast} />
          ))}
        </div>
        <div aria-live="assertive" className="flex flex-col items-center gap-2 sm:items-end">
          {byTone("error").map((toast) => (
            <ToastBox key={toast.id} toast={toast} />
          ))}
        </div>
      </section>
    </ToastContext.Provider>
  );
}

function ToastBox({ toast }: { toast: Toast }) {
  return (
    <p
      className={cn(
        "pointer-events-auto max-w-sm rounded-md px-4 py-2 text-sm shadow-lg",
        toast.tone === "success" ? "bg-slate-900 text-white" : "bg-red-800 text-white",
      )}
    >
      {toast.message}
    </p>
  );
}

export function useToast(): ShowToast {
  const show = useContext(ToastContext);
  if (!show) throw new Error("useToast needs a <ToastProvider> above it");
  return show;
}
