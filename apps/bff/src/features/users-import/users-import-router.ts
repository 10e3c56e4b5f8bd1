import express, { Router, type RequestHandler } from "express";
import { ImportQuerySchema, type ImportPreview } from "@switchboard/contracts";
import type { Audited } from "../../audit/audited.ts";
import { authOf } from "../../auth/auth-context.ts";
import { authorize } from "../../auth/authorize.ts";
import { AppError } from "../../errors/app-error.ts";
import { answerJobStarted } from "../../jobs/jobs-router.ts";
import type { RequireOperation } from "../../platform/require-operation.ts";
import type { ImportApplyService } from "./import-apply-service.ts";
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
 * as a preview (200). It reads the users the file names and writes nothing upstream.
 * `mode=apply`: the same file previewed again here and, with no error, applied as a `users.import`
 * job (202); with errors, 400 with the preview (docs/decisions/020). Each is audited under its own
 * action: `users.import_preview`, `users.import`.
 */
export function createUsersImportRouter(deps: { tenant: ImportTenantSource; apply: ImportApplyService; audited: Audited; requires: RequireOperation }): Router {
  const router = Router();
  const target = { target: () => "users" };
  const auditedApply = deps.audited("users.import", target);
  // The preview's action is the route's declared one; an apply relabels its record.
  const labelApply: RequestHandler = (req, res, next) => (req.query["mode"] === "apply" ? auditedApply(req, res, next) : next());
  router.post("/import", deps.audited("users.import_preview", target), labelApply, authorize("importUsers"), deps.requires("getUser"), csvBody, async (req, res) => {
    const { mode } = ImportQuerySchema.parse(req.query);
    const bytes: unknown = req.body;
    // No body at all leaves express.raw's default ({}): an empty file.
    const csv = bytes instanceof Uint8Array ? bytes : new Uint8Array();
    if (mode === "apply") {
      const { username, role, teams } = authOf(req);
      answerJobStarted(res, await deps.apply.startApply(csv, { username, role, teams, clientIp: req.ip ?? "unknown" }));
      return;
    }
    const { rows } = readUsersCsv(csv);
    const tenant = await deps.tenant.load(rows.map((row) => row.cells.loginId ?? ""));
    const preview: ImportPreview = previewImport(rows, tenant, authOf(req).role, { scope: authOf(req).teams });
    res.json(preview);
  });
  return router;
}
