import type { ImportPreview } from "@switchboard/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState, type FormEvent } from "react";
import { useSearchParams } from "react-router";
import { Breadcrumb } from "@/components/layouts/breadcrumb";
import { PageHeading } from "@/components/layouts/page-heading";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { paths } from "@/config/paths";
import { useSession } from "@/features/session/api/get-session";
import { previewOfRefusal, useApplyImport } from "@/features/users-import/api/apply-import";
import { usePreviewImport } from "@/features/users-import/api/preview-import";
import { ApplyImportDialog } from "@/features/users-import/components/apply-import-dialog";
import { CsvFileField } from "@/features/users-import/components/csv-file-field";
import { ImportApplyJob } from "@/features/users-import/components/import-apply-job";
import { ImportPreviewView } from "@/features/users-import/components/import-preview-view";
import { useReplaceSearchParams } from "@/hooks/use-replace-search-params";
import { getErrorMessage } from "@/lib/errors";
import { invalidateUserLists } from "./invalidate-user-lists";

/** What the preview leaves to do: apply it, fix it first, or nothing. */
function ApplyBar({ preview, onApply }: { preview: ImportPreview; onApply: () => void }) {
  const errors = preview.rows.reduce((sum, row) => sum + (row.errors?.length ?? 0), 0);
  if (errors > 0) {
    return <p className="font-medium text-slate-900">{`Fix the ${errors === 1 ? "error" : `${errors} errors`} above and preview again: a file with errors is not applied.`}</p>;
  }
  const { create, update, delete: deletes } = preview.summary;
  if (create + update + deletes === 0) return <p className="font-medium text-slate-900">Nothing to apply: every row is already as the file wants it.</p>;
  return (
    <div>
      <Button onClick={onApply}>Apply</Button>
    </div>
  );
}

/**
 * `/users/import` (supervisor and up): choose a users CSV, preview what it would do row by row, and
 * apply a clean preview as a job (its id in the address, `?job=`, to leave and come back). The file
 * stays chosen after a refusal or a partial failure, to fix and preview, or apply, again.
 */
export default function ImportUsersRoute() {
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [refused, setRefused] = useState<ImportPreview | undefined>(undefined);
  const preview = usePreviewImport();
  const apply = useApplyImport();
  const [searchParams] = useSearchParams();
  const replaceSearchParams = useReplaceSearchParams();
  const jobId = searchParams.get("job") ?? undefined;
  const queryClient = useQueryClient();
  const { data: session } = useSession();
  const shown = refused ?? preview.data;

  function handleFileChange(next: File | null) {
    setFile(next);
    setMissingFile(false);
    // A preview, and an apply, belong to the file they were made of.
    preview.reset();
    apply.reset();
    setRefused(undefined);
    replaceSearchParams({ job: undefined });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) {
      setMissingFile(true);
      return;
    }
    setRefused(undefined);
    apply.reset();
    replaceSearchParams({ job: undefined });
    preview.mutate(file);
  }

  function startApply() {
    if (!file) return;
    apply.mutate(file, {
      onSuccess: (job) => {
        setConfirming(false);
        preview.reset();
        replaceSearchParams({ job: job.id });
      },
      onError: (error) => {
        // The file has errors now (the tenant changed since the preview): show them as a preview does.
        const again = previewOfRefusal(error);
        if (again) {
          setConfirming(false);
          setRefused(again);
          replaceSearchParams({ job: undefined });
        }
      },
    });
  }

  const onEnded = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: ["users"] });
    invalidateUserLists(queryClient);
  }, [queryClient]);

  const applyError = apply.isError && !previewOfRefusal(apply.error) ? getErrorMessage(apply.error) : null;

  return (
    <div className="flex flex-col gap-6">
      <div>
        <Breadcrumb parent={{ label: "Users", href: paths.users.getHref() }} current={paths.importUsers.title} />
        <PageHeading title={paths.importUsers.title} />
        <p className="mt-1 text-slate-700">
          Check a CSV file of users against the contact center before anything changes: each row’s creates, updates and deletes, and every error on
          its row and column. An empty cell leaves that field as it is; write <code>delete</code> in the action column to delete a user. A clean
          preview can then be applied.
        </p>
      </div>
      <form onSubmit={handleSubmit} noValidate className="flex max-w-2xl flex-col gap-3">
        <CsvFileField file={file} onFileChange={handleFileChange} />
        {missingFile && <Alert>Choose a CSV file first.</Alert>}
        <div>
          <Button type="submit" variant={shown || jobId ? "secondary" : "primary"} isPending={preview.isPending}>
            Preview
          </Button>
        </div>
      </form>
      {preview.isError && <Alert title="The file could not be previewed">{getErrorMessage(preview.error)}</Alert>}
      {refused && <Alert title="The file was not applied">The file has errors now: the contact center changed since the preview. Nothing was applied.</Alert>}
      {shown && !jobId && (
        <>
          <ImportPreviewView preview={shown} />
          <ApplyBar preview={shown} onApply={() => setConfirming(true)} />
        </>
      )}
      {jobId && (
        <>
          {applyError && !confirming && <Alert title="The file was not applied again">{applyError}</Alert>}
          <ImportApplyJob
            jobId={jobId}
            canResetPassword={session?.capabilities.operations.includes("resetPassword") ?? false}
            canApplyAgain={file !== null}
            isApplyingAgain={apply.isPending}
            onApplyAgain={startApply}
            onEnded={onEnded}
          />
        </>
      )}
      {confirming && shown && file && (
        <ApplyImportDialog
          summary={shown.summary}
          fileName={file.name}
          isPending={apply.isPending}
          error={applyError}
          onConfirm={startApply}
          onClose={() => {
            setConfirming(false);
            apply.reset();
          }}
        />
      )}
    </div>
  );
}
