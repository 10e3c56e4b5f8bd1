import type { DirectoryEntry } from "@switchboard/contracts";
import { Command } from "cmdk";
import { useMemo, useState } from "react";
import { useNavigate } from "react-router";
import type { NavItem } from "@/components/layouts/main-nav";
import { Dialog } from "@/components/ui/dialog";
import { paths } from "@/config/paths";
import { displayNameOf } from "@/lib/display-name";
import { directoryIndexOf, foldText } from "@/lib/search-directory";
import { rankPeople, recentFirst } from "../lib/rank-people";
import type { RecentPerson } from "../lib/recent-people";

/** Something to do on the person shown (the caller decides which the role may do). */
export type PaletteAction = { id: string; label: string; run: () => void };

/** The directory the SPA loaded, as far as it got. */
export type PaletteDirectory = { entries: readonly DirectoryEntry[] | undefined; isPending: boolean; isError: boolean };

const itemClass =
  "flex cursor-pointer flex-col rounded-md px-3 py-2 text-sm text-slate-900 data-[selected=true]:bg-brand-50 data-[selected=true]:text-brand-900";
const groupClass =
  "[&_[cmdk-group-heading]]:px-3 [&_[cmdk-group-heading]]:pt-2 [&_[cmdk-group-heading]]:pb-1 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-semibold [&_[cmdk-group-heading]]:text-slate-700 [&_[cmdk-group-heading]]:uppercase";

function PersonItem({ person, onSelect }: { person: DirectoryEntry | RecentPerson; onSelect: () => void }) {
  const name = "firstName" in person ? displayNameOf(person) : person.name;
  const details = "extension" in person ? [person.loginId, person.extension && `ext. ${person.extension}`] : [person.loginId];
  return (
    <Command.Item value={`person ${person.loginId}`} onSelect={onSelect} className={itemClass}>
      <span className="font-medium">{name}</span>
      <span className="text-xs text-slate-700">{details.filter(Boolean).join(" · ")}</span>
    </Command.Item>
  );
}

/**
 * Ctrl/⌘+K: type a name, login, extension or phone number to open a person's page (from the
 * directory the SPA already loads, ranked as one types, at most 50 shown), the name of a page to go
 * there, or an action on the person shown. With nothing typed: the people opened last, the actions,
 * the pages.
 */
export function CommandPalette({
  directory,
  pages,
  actions,
  recent,
  onClose,
}: {
  directory: PaletteDirectory;
  pages: readonly NavItem[];
  actions: readonly PaletteAction[];
  recent: readonly RecentPerson[];
  onClose: () => void;
}) {
  const navigate = useNavigate();
  const [query, setQuery] = useState("");
  const index = useMemo(() => directoryIndexOf(directory.entries), [directory.entries]);
  const folded = foldText(query);
  const recentLogins = useMemo(() => recent.map((person) => person.loginId), [recent]);
  const people = useMemo(() => recentFirst(rankPeople(index, folded), recentLogins), [index, folded, recentLogins]);
  const shownActions = actions.filter((action) => foldText(action.label).includes(folded));
  const shownPages = pages.filter((page) => foldText(page.label).includes(folded));

  function go(href: string) {
    onClose();
    void navigate(href);
  }

  let peopleStatus = "";
  if (folded && directory.isPending) peopleStatus = "Loading the directory…";
  else if (folded && directory.isError) peopleStatus = "The directory could not be loaded; only pages and actions are shown.";

  return (
    <Dialog title="Command palette" onClose={onClose} className="max-w-xl">
      <Command label="Command palette" shouldFilter={false} loop className="flex flex-col gap-2">
        <Command.Input
          data-autofocus
          value={query}
          onValueChange={setQuery}
          placeholder="Find a person, a page or an action"
          autoCapitalize="none"
          spellCheck={false}
          className="min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 text-base text-slate-900 placeholder:text-slate-600 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-600"
        />
        <Command.List aria-label="Results" className="max-h-96 overflow-y-auto">
          {peopleStatus && <Command.Loading className="px-3 py-2 text-sm text-slate-700">{peopleStatus}</Command.Loading>}
          {!peopleStatus && <Command.Empty className="px-3 py-2 text-sm text-slate-700">{`Nothing matches “${query.trim()}”.`}</Command.Empty>}
          {!folded && recent.length > 0 && (
            <Command.Group heading="Opened last" className={groupClass}>
              {recent.map((person) => (
                <PersonItem key={person.loginId} person={person} onSelect={() => go(paths.user.getHref(person.loginId))} />
              ))}
            </Command.Group>
          )}
          {people.length > 0 && (
            <Command.Group heading="People" className={groupClass}>
              {people.map((person) => (
                <PersonItem key={person.loginId} person={person} onSelect={() => go(paths.user.getHref(person.loginId))} />
              ))}
            </Command.Group>
          )}
          {shownActions.length > 0 && (
            <Command.Group heading="Actions" className={groupClass}>
              {shownActions.map((action) => (
                <Command.Item
                  key={action.id}
                  value={`action ${action.id}`}
                  onSelect={() => {
                    onClose();
                    action.run();
                  }}
                  className={itemClass}
                >
                  {action.label}
                </Command.Item>
              ))}
            </Command.Group>
          )}
          {shownPages.length > 0 && (
            <Command.Group heading="Pages" className={groupClass}>
              {shownPages.map((page) => (
                <Command.Item key={page.href} value={`page ${page.href}`} onSelect={() => go(page.href)} className={itemClass}>
                  {`Go to ${page.label}`}
                </Command.Item>
              ))}
            </Command.Group>
          )}
        </Command.List>
      </Command>
    </Dialog>
  );
}
