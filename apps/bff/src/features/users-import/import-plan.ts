import {
  CreateUserRequestSchema,
  EditableUserValuesSchema,
  UserChangeSchema,
  type CreateUserRequest,
  type EditableUserValues,
  type ImportChange,
  type ImportPreview,
  type UserChange,
} from "@switchboard/contracts";
import { z } from "zod";
import { AppError } from "../../errors/app-error.ts";

/** What the preview saw before an update, any of the editable fields (a contract's schema, built on first use). */
const ExpectedValuesSchema = z.lazy(() => EditableUserValuesSchema.unwrap().partial());

/** One write the apply job makes, for one row of the file. */
export type ImportWrite =
  | { readonly row: number; readonly loginId: string; readonly kind: "create"; readonly user: CreateUserRequest }
  /** `expected`: the values the preview saw, for the edit-conflict check of a single edit (decision 007). */
  | { readonly row: number; readonly loginId: string; readonly kind: "update"; readonly change: UserChange; readonly expected: Partial<EditableUserValues> }
  | { readonly row: number; readonly loginId: string; readonly kind: "delete" };

export const IMPORT_HAS_ERRORS_TYPE = "/problems/import-has-errors";

function side(changes: Record<string, ImportChange> | undefined, which: "from" | "to"): Record<string, unknown> {
  return Object.fromEntries(Object.entries(changes ?? {}).map(([field, change]) => [field, change[which]]));
}

/**
 * The writes that turn the tenant into what the file wants, from a preview of it against the tenant
 * as it is now: one per create, update and delete row, none for an `unchanged` one. So applying a
 * file again after a partial failure previews it again first, and the rows already done cost no
 * write (with `deleteOfMissingUser: "unchanged"` for the deletes already made). A preview with any
 * error is refused whole: 400 naming each row and column, with the preview (`preview`) as the page shows it.
 */
export function planApply(preview: ImportPreview): ImportWrite[] {
  const failing = preview.rows.filter((row) => row.action === "error");
  if (failing.length > 0) {
    throw new AppError({
      status: 400,
      title: "The file has errors",
      detail: `${failing.length} row${failing.length === 1 ? " has" : "s have"} errors. Preview the file, fix them, and try again; nothing was applied.`,
      type: IMPORT_HAS_ERRORS_TYPE,
      errors: failing.flatMap((row) => (row.errors ?? []).map((error) => ({ field: `row ${row.row}.${error.field}`, message: error.message }))),
      // The preview itself, as `mode=preview` answers it, so that the page shows each error on its row.
      extensions: { preview },
    });
  }
  return preview.rows.flatMap((row): ImportWrite[] => {
    const { row: number, loginId } = row;
    switch (row.action) {
      case "create":
        return [{ row: number, loginId, kind: "create", user: CreateUserRequestSchema.parse({ loginId, ...side(row.changes, "to") }) }];
      case "update":
        return [
          {
            row: number,
            loginId,
            kind: "update",
            change: UserChangeSchema.parse(side(row.changes, "to")),
            expected: ExpectedValuesSchema.parse(side(row.changes, "from")),
          },
        ];
      case "delete":
        return [{ row: number, loginId, kind: "delete" }];
      default:
        return [];
    }
  });
}
