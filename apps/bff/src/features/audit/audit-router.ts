import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Router } from "express";
import { AuditQuerySchema, type AuditPage } from "@switchboard/contracts";
import { authorize } from "../../auth/authorize.ts";
import { createAuditCsv } from "./audit-csv.ts";
import type { AuditService } from "./audit-service.ts";

/** `GET /api/audit`: the trail as JSON pages, or with `Accept: text/csv` the whole filtered trail as a download. */
export function createAuditRouter(deps: { service: AuditService; now: () => number }): Router {
  const router = Router();

  router.get("/", authorize("readAudit"), async (req, res) => {
    const query = AuditQuerySchema.parse(req.query);
    res.vary("Accept");
    if (req.accepts(["application/json", "text/csv"]) !== "text/csv") {
      const page: AuditPage = await deps.service.page(query);
      res.json(page);
      return;
    }
    // The name is ours (a date), so it can be quoted as is: no user input reaches this header.
    res.set("Content-Disposition", `attachment; filename="switchboard-audit-${new Date(deps.now()).toISOString().slice(0, 10)}.csv"`);
    res.type("text/csv; charset=utf-8");
    await pipeline(Readable.from(deps.service.all(query)), createAuditCsv(), res);
  });

  return router;
}
