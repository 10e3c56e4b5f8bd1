import type { DirectoryEntry } from "@switchboard/contracts";
import { memo } from "react";
import { Link } from "react-router";
import { Badge } from "@/components/ui/badge";
import { CopyButton } from "@/components/ui/copy-button";
import { MobileLabel, Missing } from "@/components/ui/table-cells";
import { WindowRow, type WindowRowProps } from "@/components/ui/window-row-group";
import { paths } from "@/config/paths";
import { displayNameOf } from "@/lib/display-name";
import { DIRECT_NUMBER_LABEL, didHref, extensionHref, formatDid } from "@/lib/phone-number";

/** Desktop: four columns. Phone: a card with the name on top and the two numbers under it. */
export const ROW_GRID =
  "grid grid-cols-[auto_minmax(0,1fr)] gap-x-6 md:gap-x-4 md:grid-cols-[minmax(0,2fr)_minmax(0,1.5fr)_minmax(0,1fr)_minmax(0,1.5fr)] md:items-center";

const linkClass =
  "inline-flex min-h-8 items-center rounded-sm font-medium text-brand-700 tabular-nums underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-600";

/** Memoized: while typing, rows that stay in view keep their entry and skip rendering. */
export const DirectoryRow = memo(function DirectoryRow({ entry, ...frame }: WindowRowProps<DirectoryEntry>) {
  return (
    <WindowRow {...frame} className={`${ROW_GRID} absolute inset-x-0 top-0 border-b border-slate-200 px-3 py-3 md:py-1.5`}>
      <div role="cell" className="col-span-2 min-w-0 font-medium break-words text-slate-900 md:col-span-1">
        <Link
          to={paths.user.getHref(entry.loginId)}
          className="rounded-sm text-brand-700 underline-offset-2 hover:text-brand-800 hover:underline focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-600"
        >
          {displayNameOf(entry)}
        </Link>
        {entry.doNotDisturb && (
          <span className="ms-2 align-middle">
            <Badge tone="warning">Do not disturb</Badge>
          </span>
        )}
      </div>
      <div role="cell" className="col-span-2 mb-1 flex min-w-0 items-center gap-1 text-sm text-slate-600 md:col-span-1 md:mb-0">
        <span className="min-w-0 break-words">{entry.loginId}</span>
        <CopyButton what="login" value={entry.loginId} />
      </div>
      <div role="cell" className="flex min-w-0 items-center gap-1">
        <MobileLabel>Ext.</MobileLabel>
        {entry.extension ? (
          <>
            <a
              href={extensionHref(entry.extension)}
              aria-label={`Call extension ${entry.extension}`}
              className={linkClass}
            >
              {entry.extension}
            </a>
            <CopyButton what="extension" value={entry.extension} />
          </>
        ) : (
          <Missing what="extension" className="inline-flex min-h-8 items-center" />
        )}
      </div>
      <div role="cell" className="flex min-w-0 flex-wrap items-center gap-1">
        <MobileLabel>{DIRECT_NUMBER_LABEL}</MobileLabel>
        {entry.did ? (
          <>
            <a
              href={didHref(entry.did)}
              aria-label={`Call ${formatDid(entry.did)}`}
              className={`${linkClass} whitespace-nowrap`}
            >
              {formatDid(entry.did)}
            </a>
            <CopyButton what="phone number" value={entry.did} shown={formatDid(entry.did)} />
          </>
        ) : (
          <Missing what="direct number" className="inline-flex min-h-8 items-center" />
        )}
      </div>
    </WindowRow>
  );
});
