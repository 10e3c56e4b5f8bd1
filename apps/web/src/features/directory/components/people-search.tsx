import type { DirectoryEntry } from "@switchboard/contracts";
import { useQuery } from "@tanstack/react-query";
import { useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useNavigate } from "react-router";
import { paths } from "@/config/paths";
import { cn } from "@/lib/cn";
import { directoryQueryOptions } from "../api/get-directory";
import { directoryIndexOf, searchDirectory } from "@/lib/search-directory";
import { useHasPageSearch } from "@/lib/page-search";

const MAX_SUGGESTIONS = 8;

type Suggestion = { kind: "person"; entry: DirectoryEntry } | { kind: "all"; count: number };

function nameOf(entry: DirectoryEntry): string {
  return `${entry.firstName} ${entry.lastName}`.trim() || entry.loginId;
}

/**
 * The search on every page: part of a name, login, extension or DID, suggestions as you type, Enter
 * opens the highlighted person's page. A WAI-ARIA combobox with list autocomplete and automatic
 * selection: the first suggestion is highlighted at once, so "1006 ⏎" opens extension 1006. When
 * more people match than are suggested, the last option opens the Directory with the same search.
 * The directory is downloaded only once the field is first used.
 */
export function PeopleSearch() {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [engaged, setEngaged] = useState(false);
  // "/" comes here on a page without a search of its own (decision 024).
  const slashComesHere = !useHasPageSearch();

  const directory = useQuery({ ...directoryQueryOptions(), enabled: engaged });
  const index = useMemo(() => directoryIndexOf(directory.data), [directory.data]);
  const trimmed = query.trim();
  const matches = useMemo(() => (trimmed ? searchDirectory(index, trimmed) : []), [index, trimmed]);
  const suggestions: Suggestion[] = matches.slice(0, MAX_SUGGESTIONS).map((entry) => ({ kind: "person", entry }));
  if (matches.length > MAX_SUGGESTIONS) suggestions.push({ kind: "all", count: matches.length });
  const expanded = open && suggestions.length > 0;
  const activeIndex = Math.min(active, suggestions.length - 1);
  const optionId = (i: number) => `${id}-option-${i}`;

  let announcement = "";
  if (open && trimmed) {
    if (directory.isError) announcement = "The directory could not be loaded. Try again later.";
    else if (!directory.data) announcement = "Loading the directory…";
    else if (matches.length === 0) announcement = `No one matches “${trimmed}”.`;
    else announcement = `${matches.length} ${matches.length === 1 ? "person matches" : "people match"}. Enter opens the highlighted one.`;
  }

  function choose(suggestion: Suggestion | undefined) {
    if (!suggestion) {
      if (trimmed) void navigate(paths.directory.getHref(trimmed));
    } else if (suggestion.kind === "person") {
      void navigate(paths.user.getHref(suggestion.entry.loginId));
    } else {
      void navigate(paths.directory.getHref(trimmed));
    }
    setQuery("");
    setOpen(false);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = suggestions.length;
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!open) setOpen(true);
        else if (count > 0) setActive((activeIndex + 1) % count);
        break;
      case "ArrowUp":
        event.preventDefault();
        if (!open) setOpen(true);
        else if (count > 0) setActive((activeIndex - 1 + count) % count);
        break;
      case "Enter":
        event.preventDefault();
        choose(expanded ? suggestions[activeIndex] : undefined);
        break;
      case "Escape":
        if (open) setOpen(false);
        else setQuery("");
        break;
    }
  }

  return (
    <div role="search" aria-label="People" className="relative w-full">
      <label htmlFor={id} className="sr-only">
        Find a person
      </label>
      <input
        ref={inputRef}
        id={id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-listbox`}
        aria-activedescendant={expanded ? optionId(activeIndex) : undefined}
        aria-describedby={`${id}-hint`}
        aria-keyshortcuts={slashComesHere ? "/" : undefined}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        enterKeyHint="go"
        placeholder="Find a person"
        value={query}
        onFocus={() => setEngaged(true)}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
          setEngaged(true);
        }}
        onKeyDown={handleKeyDown}
        onBlur={() => setOpen(false)}
        className="min-h-9 w-full rounded-md border border-slate-400 bg-white py-1 pr-8 pl-3 text-base text-slate-900 shadow-xs placeholder:text-slate-600 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-600 sm:text-sm"
      />
      {slashComesHere && (
        <kbd
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 right-2 hidden -translate-y-1/2 rounded border sm:block border-slate-300 px-1.5 font-sans text-xs text-slate-600"
        >
          /
        </kbd>
      )}
      <span id={`${id}-hint`} className="sr-only">
        {`By name, login, extension or phone number.${slashComesHere ? " Press slash to come here from anywhere." : ""}`}
      </span>
      <ul
        id={`${id}-listbox`}
        role="listbox"
        aria-label="Suggestions"
        className={cn(
          "absolute inset-x-0 top-full z-40 mt-1 max-h-96 overflow-y-auto rounded-md border border-slate-300 bg-white py-1 shadow-lg",
          !expanded && "hidden",
        )}
      >
        {suggestions.map((suggestion, i) => (
          <li
            key={suggestion.kind === "person" ? suggestion.entry.loginId : "all"}
            id={optionId(i)}
            role="option"
            aria-selected={i === activeIndex}
            // Keeps focus in the field, so the click does not close the list before it lands.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(suggestion)}
            onMouseMove={() => setActive(i)}
            className={cn("cursor-pointer px-3 py-2 text-sm", i === activeIndex ? "bg-brand-50 text-brand-900" : "text-slate-900")}
          >
            {suggestion.kind === "person" ? (
              <>
                <span className="font-medium">{nameOf(suggestion.entry)}</span>
                <span className="block text-xs text-slate-700">
                  {[suggestion.entry.loginId, suggestion.entry.extension && `ext. ${suggestion.entry.extension}`].filter(Boolean).join(" · ")}
                </span>
              </>
            ) : (
              <span className="font-medium">{`Show all ${suggestion.count} in the Directory`}</span>
            )}
          </li>
        ))}
      </ul>
      {open && trimmed && !expanded && (
        <p aria-hidden="true" className="absolute inset-x-0 top-full z-40 mt-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-700 shadow-lg">
          {announcement}
        </p>
      )}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
