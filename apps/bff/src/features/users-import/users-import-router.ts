import express, { Router, type RequestHandler } from "express";
import { ImportQuerySchema, type ImportPreview } from "@switchboard/contracts";
import type { Audited } from "../../audit/audited.ts";
import { authOf } from "../../auth/auth-context.ts";
import { authorize } from "../../auth/authorize.ts";
import { AppError } from "../../errors/app-error.ts";
import type { RequireOperation } from "../../platform/require-operation.ts";
import { previewImport, type ImportTenantSource } from "./import-preview.ts";
import { readUsersCsv } from "./users-csv-read.ts";

/** The one route that takes a CSV body (`text/csv`) instead of JSON: app.ts lets it past the JSON-only check. */
export const USERS_IMPORT_PATH = "/users/import";

/** About 2 KB for each of 1,000 rows (names, a few roles, some thirty skills); a larger body is refused unread. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

const UNSUPPORTED_MEDIA = new AppError({
  status: 415,
  title: "Unsupported media type",
  detail: "Send the file as text/csv.",
  type: "/problems/unsupported-media-type",
});

/** The CSV as bytes (its encoding is checked by the reader); too large is a 413 that names the limit. */
const csvBody: RequestHandler = (req, res, next) => {
  if (!req.is("text/csv")) return next(UNSUPPORTED_MEDIA);
  express.raw({ type: "text/csv", limit: MAX_IMPORT_BYTES })(req, res, (error?: unknown) => {
    if (error && typeof error === "object" && "type" in error && error.type === "entity.too.large") {
      return next(
        new AppError({
          status: 413,
          title: "File too large",
          detail: `An import takes a file of at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB and 1,000 users. Split it into several files.`,
          type: "/problems/too-large",
          extensions: { limitBytes: MAX_IMPORT_BYTES },
        }),
      );
    }
    next(error);
  });
};

/**
 * `POST /users/import?mode=preview`: a users CSV checked row by row against the tenant, answered
 * as a preview (200). It reads the users the file names and writes nothing upstream. `mode=apply`
 * runs as a job once the job framework lands: 501 until then.
 */
export function createUsersImportRouter(deps: { tenant: ImportTenantSource; audited: Audited; requires: RequireOperation }): Router {
  const router = Router();
  router.post(USERS_IMPORT_PATH, deps.audited("users.import_preview", { target: () => "users" }), authorize("importUsers"), deps.requires("getUser"), csvBody, async (req, res) => {
    const { mode } = ImportQuerySchema.parse(req.query);
    if (mode === "apply") {
      throw new AppError({ status: 501, title: "Not implemented", detail: "Applying an import is not available yet: preview the file.", type: "/problems/not-implemented" });
    }
    const bytes: unknown = req.body;
    // No body at all leaves express.raw's default ({}): an empty file.
    const { rows } = readUsersCsv(bytes instanceof Uint8Array ? bytes : new Uint8Array());
    const tenant = await deps.tenant.load(rows.map((row) => row.cells.loginId ?? ""));
    const preview: ImportPreview = previewImport(rows, tenant, authOf(req).role);
    res.json(preview);
  });
  return router;
}
