import { memo } from "react";
import { Link } from "react-router";
import { MobileLabel, Missing } from "@/components/ui/table-cells";
import { WindowRow, type WindowRowProps } from "@/components/ui/window-row-group";
import { paths } from "@/config/paths";
import { displayNameOf } from "@/lib/display-name";
import { DIRECT_NUMBER_LABEL, formatDid } from "@/lib/phone-number";
import type { UsersListEntry } from "../utils/index-filters";
import { BulkSelectBox } from "./bulk-select-box";
import { SkillsSummary, TeamName } from "./users-index-cells";

/** The desktop's six columns, shared by the header row and every row. */
export const USERS_TABLE_COLUMNS =
  "md:grid md:grid-cols-[minmax(0,2fr)_minmax(0,1.5fr)_minmax(0,1fr)_minmax(0,1.5fr)_minmax(0,1.25fr)_minmax(0,2fr)] md:items-center md:gap-x-4";

/** Phone: a card, the name and login on top, the two numbers under them. */
const ROW_GRID = `grid grid-cols-[auto_minmax(0,1fr)] gap-x-6 ${USERS_TABLE_COLUMNS}`;

/**
 * One user. The name is the row's one link and the one tab stop; it stretches over the row, so a
 * click anywhere on it opens the user. Memoized: rows that stay in view skip rendering while typing.
 */
export const UsersTableRow = memo(function UsersTableRow({ entry, ...frame }: WindowRowProps<UsersListEntry>) {
  return (
    <WindowRow {...frame} className={`${ROW_GRID} absolute inset-x-0 top-0 border-b border-slate-200 px-3 py-3 hover:bg-white md:py-2`}>
      <div role="cell" className="col-span-2 flex min-w-0 items-center gap-3 font-medium break-words md:col-span-1">
        <BulkSelectBox entry={entry} />
        <Link
          to={paths.user.getHref(entry.loginId)}
          className="rounded-sm text-brand-700 underline-offset-2 after:absolute after:inset-0 hover:text-brand-800 hover:underline focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-600"
        >
          {displayNameOf(entry)}
        </Link>
      </div>
      <div role="cell" className="col-span-2 mb-1 min-w-0 text-sm break-words text-slate-600 md:col-span-1 md:mb-0">
        {entry.loginId}
      </div>
      <div role="cell" className="min-w-0 tabular-nums">
        <MobileLabel>Ext.</MobileLabel>
        {entry.extension ?? <Missing what="extension" />}
      </div>
      <div role="cell" className="min-w-0 tabular-nums">
        <MobileLabel>{DIRECT_NUMBER_LABEL}</MobileLabel>
        {entry.did ? <span className="whitespace-nowrap">{formatDid(entry.did)}</span> : <Missing what="direct number" />}
      </div>
      <TeamName team={entry.team} />
      <SkillsSummary skills={entry.skills} />
    </WindowRow>
  );
});
