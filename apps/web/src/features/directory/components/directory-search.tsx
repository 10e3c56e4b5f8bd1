import { useId } from "react";
import { searchInputProps } from "@/components/ui/search-field";
import { pageSearchProps } from "@/lib/page-search";

export function DirectorySearch({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <form role="search" aria-label="Directory" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor={id} className="text-sm font-medium text-slate-900">
        Search the directory
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        By name, login, extension or phone number.
      </p>
      <input
        id={id}
        {...searchInputProps}
        {...pageSearchProps}
        aria-describedby={`${id}-hint`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="mt-2 min-h-11 w-full max-w-xl rounded-md border border-slate-400 bg-white px-3 text-base text-slate-900 shadow-xs focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-600"
      />
    </form>
  );
}
