import type { ReactNode } from "react";
import { Link } from "react-router";
import { PageHeading } from "@/components/layouts/page-heading";
import { paths } from "@/config/paths";

/** What shows, inside the shell, where a page cannot: its heading, why, and the way back to the Directory. */
export function StandInPage({ title, heading, children }: { title: string; heading?: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-3">
      <PageHeading title={title}>{heading}</PageHeading>
      <p className="text-slate-700">{children}</p>
      <p>
        <Link to={paths.directory.getHref()} className="font-medium text-brand-700 underline underline-offset-2">
          Go to the Directory
        </Link>
      </p>
    </div>
  );
}
