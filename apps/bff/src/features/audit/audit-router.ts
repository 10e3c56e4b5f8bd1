import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Router } from "express";
import { stringify } from "csv-stringify";
import { AuditQuerySchema, type AuditPage, type AuditRecord } from "@switchboard/contracts";
import { authorize } from "../../auth/authorize.ts";
import type { AuditService } from "./audit-service.ts";

const CSV_COLUMNS: { key: keyof AuditRecord; header: string }[] = [
  { key: "id", header: "id" },
  { key: "at", header: "time (UTC)" },
  { key: "actor", header: "actor" },
  { key: "role", header: "role" },
  { key: "clientIp", header: "client address" },
  { key: "action", header: "action" },
  { key: "target", header: "target" },
  { key: "outcome", header: "outcome" },
  { key: "reason", header: "reason" },
  { key: "status", header: "HTTP status" },
  { key: "requestId", header: "request id" },
  { key: "changes", header: "changes" },
];

/** `GET /api/audit`: the trail as JSON pages, or with `Accept: text/csv` the whole filtered trail as a download. */
export function createAuditRouter(deps: { service: AuditService; now: () => number }): Router {
  const router = Router();

  router.get("/audit", authorize("readAudit"), async (req, res) => {
    const query = AuditQuerySchema.parse(req.query);
    res.vary("Accept");
    if (req.accepts(["application/json", "text/csv"]) !== "text/csv") {
      const page: AuditPage = deps.service.page(query);
      res.json(page);
      return;
    }
    // The name is ours (a date), so it can be quoted as is: no user input reaches this header.
    res.set("Content-Disposition", `attachment; filename="switchboard-audit-${new Date(deps.now()).toISOString().slice(0, 10)}.csv"`);
    res.type("text/csv; charset=utf-8");
    const csv = stringify({
      header: true,
      columns: CSV_COLUMNS,
      // A cell starting with = + - @ (a name anyone can choose) gets a leading ' so no spreadsheet runs it.
      escape_formulas: true,
      cast: { object: (value) => JSON.stringify(value) },
    });
    await pipeline(Readable.from(deps.service.all(query)), csv, res);
  });

  return router;
}
