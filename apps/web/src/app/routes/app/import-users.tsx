import { useState, type FormEvent } from "react";
import { Breadcrumb } from "@/components/layouts/breadcrumb";
import { PageHeading } from "@/components/layouts/page-heading";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { paths } from "@/config/paths";
import { usePreviewImport } from "@/features/users-import/api/preview-import";
import { CsvFileField } from "@/features/users-import/components/csv-file-field";
import { ImportPreviewView } from "@/features/users-import/components/import-preview-view";
import { getErrorMessage } from "@/lib/errors";

/**
 * `/users/import` (supervisor and up): choose a users CSV and preview what it would do, row by row.
 * The preview changes nothing; the file stays chosen after a refusal, to fix and preview again.
 */
export default function ImportUsersRoute() {
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const preview = usePreviewImport();

  function handleFileChange(next: File | null) {
    setFile(next);
    setMissingFile(false);
    // A preview belongs to the file it was made of.
    preview.reset();
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) {
      setMissingFile(true);
      return;
    }
    preview.mutate(file);
  }

  return (
    <div className="flex flex-col gap-6">
      <div>
        <Breadcrumb parent={{ label: "Users", href: paths.users.getHref() }} current={paths.importUsers.title} />
        <PageHeading title={paths.importUsers.title} />
        <p className="mt-1 text-slate-700">
          Check a CSV file of users against the contact center before anything changes: each row’s creates, updates and deletes, and every error on
          its row and column. An empty cell leaves that field as it is; write <code>delete</code> in the action column to delete a user.
        </p>
      </div>
      <form onSubmit={handleSubmit} noValidate className="flex max-w-2xl flex-col gap-3">
        <CsvFileField file={file} onFileChange={handleFileChange} />
        {missingFile && <Alert>Choose a CSV file first.</Alert>}
        <div>
          <Button type="submit" isPending={preview.isPending}>
            Preview
          </Button>
        </div>
      </form>
      {preview.isError && <Alert title="The file could not be previewed">{getErrorMessage(preview.error)}</Alert>}
      {preview.isSuccess && <ImportPreviewView preview={preview.data} />}
    </div>
  );
}
