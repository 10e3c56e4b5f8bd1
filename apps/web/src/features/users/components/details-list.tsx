import type { ReactNode } from "react";

/** A labelled list of facts: the label beside the value on a wide screen, above it on a phone. */
export function DetailsList({ children }: { children: ReactNode }) {
  return <dl className="divide-y divide-slate-200">{children}</dl>;
}

export function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-3 sm:grid-cols-[10rem_minmax(0,1fr)] sm:gap-4">
      <dt className="text-sm font-medium text-slate-700">{term}</dt>
      <dd className="min-w-0 text-sm break-words text-slate-900">{children}</dd>
    </div>
  );
}

/** A value the platform did not report: a dash to the eye, words to a screen reader. */
export function NotReported() {
  return (
    <>
      <span aria-hidden="true" className="text-slate-600">
        —
      </span>
      <span className="sr-only">Not reported</span>
    </>
  );
}

/** A card with its own heading, so the page reads as a list of sections. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-xs sm:px-6">
      <h2 id={id} className="pt-1 text-base font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}
