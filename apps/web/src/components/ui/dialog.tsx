import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from "react";
import { cn } from "@/lib/cn";

const TABBABLE = [
  "a[href]",
  "button:not([disabled])",
  "input:not([disabled]):not([type='hidden'])",
  "select:not([disabled])",
  "textarea:not([disabled])",
  "[tabindex]:not([tabindex='-1'])",
].join(",");

/** Tab from the last control goes to the first, Shift+Tab from the first to the last. */
function keepFocusInside(event: KeyboardEvent<HTMLDialogElement>) {
  if (event.key !== "Tab") return;
  const tabbable = [...event.currentTarget.querySelectorAll<HTMLElement>(TABBABLE)];
  const first = tabbable[0];
  const last = tabbable.at(-1);
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

export type DialogProps = {
  title: string;
  /** Read with the title when the dialog opens: what the dialog is about to do. */
  description?: ReactNode;
  /** Escape, or whatever the content calls it from (Cancel, done). */
  onClose: () => void;
  /** While a change runs, Escape does not close (its outcome shows in the dialog). */
  isBusy?: boolean;
  children: ReactNode;
  className?: string;
};

/**
 * A modal dialog: render it to open it, stop rendering it to close it. The browser's own modal
 * <dialog> makes the page behind it inert and closes on Escape; focus stays inside on Tab, starts on
 * the element marked `data-autofocus` (else the first control), and goes back to the control that
 * opened it — or, when that is gone (the row it sat in was removed), to the page's heading.
 */
export function Dialog({ title, description, onClose, isBusy = false, children, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => void (onCloseRef.current = onClose));

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    (dialog.querySelector<HTMLElement>("[data-autofocus]") ?? dialog.querySelector<HTMLElement>(TABBABLE))?.focus();
    return () => {
      if (dialog.open) dialog.close();
      const back = opener?.isConnected ? opener : document.querySelector<HTMLElement>("main h1");
      back?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onKeyDown={keepFocusInside}
      onCancel={(event) => {
        // Escape: React decides when the dialog goes, so it leaves the page only by not rendering.
        event.preventDefault();
        if (!isBusy) onCloseRef.current();
      }}
      // The browser may close it anyway (a second Escape without a click in between). A close that
      // was followed by a new showModal (StrictMode's second effect run) is no reason to go.
      onClose={(event) => {
        if (!event.currentTarget.open) onCloseRef.current();
      }}
      className={cn(
        "m-auto w-[calc(100%-2rem)] max-w-md rounded-lg bg-white p-0 text-slate-900 shadow-xl",
        "backdrop:bg-slate-900/50 dark:backdrop:bg-black/60",
        className,
      )}
    >
      <div className="flex flex-col gap-4 p-6">
        <h2 id={titleId} className="text-lg font-semibold tracking-tight">
          {title}
        </h2>
        {description && (
          <div id={descriptionId} className="text-sm text-slate-700">
            {description}
          </div>
        )}
        {children}
      </div>
    </dialog>
  );
}

/** The row of buttons at the foot of a dialog: the main action last, as people read it. */
export function DialogActions({ children }: { children: ReactNode }) {
  return <div className="mt-2 flex flex-wrap justify-end gap-2">{children}</div>;
}
