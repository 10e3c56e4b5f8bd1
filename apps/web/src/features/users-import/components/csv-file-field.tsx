import { useId, useState, type DragEvent } from "react";
import { cn } from "@/lib/cn";

/**
 * Choose a CSV file: the file input (keyboard, screen readers) inside a zone a file can be dropped
 * on. The chosen file is the parent's state, so it stays chosen whatever the preview answered.
 */
export function CsvFileField({ file, onFileChange }: { file: File | null; onFileChange: (file: File | null) => void }) {
  const inputId = useId();
  const hintId = useId();
  const [dragging, setDragging] = useState(false);

  function handleDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) onFileChange(dropped);
  }

  return (
    <div
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={handleDrop}
      data-testid="csv-drop-zone"
      className={cn(
        "flex flex-col gap-2 rounded-md border-2 border-dashed p-4",
        dragging ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-white",
      )}
    >
      <label htmlFor={inputId} className="text-sm font-medium text-slate-900">
        CSV file
      </label>
      <input
        id={inputId}
        type="file"
        accept=".csv,text/csv"
        aria-describedby={hintId}
        onChange={(event) => onFileChange(event.target.files?.[0] ?? null)}
        className="text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium"
      />
      <p id={hintId} className="text-sm text-slate-700">
        {file ? (
          <>
            Chosen: <span className="font-medium text-slate-900">{file.name}</span>. Choose or drop another file to replace it.
          </>
        ) : (
          "Or drop a file here. UTF-8, comma or semicolon separated, at most 1,000 users; the header names the columns, loginId among them."
        )}
      </p>
    </div>
  );
}
