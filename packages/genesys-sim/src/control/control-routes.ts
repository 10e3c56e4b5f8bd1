import { createControlBase, finishControlRouter, registerFaultRoutes } from "@switchboard/bpcc-sim";
import type { Router } from "express";
import { z } from "zod";
import { isValidSelector } from "../faults/endpoints.ts";
import type { SimControl } from "./sim-control.ts";

const Quirks = z.strictObject({
  csrf: z.boolean().optional(),
  errorsWithHttp200: z.boolean().optional(),
  statusCodes: z.enum(["documented", "strings", "numbers"]).optional(),
});

/**
 * The HTTP twin of SimControl under `/sim/`: sim-only, JSON in and out, outside the API's context
 * path and without its Basic credentials (the BFF never forwards here).
 */
export function createControlRouter(control: SimControl): Router {
  const router = createControlBase();
  router.get("/", (_req, res) => {
    res.json({ users: control.userCount(), quirks: control.quirks(), faults: control.faults(), calls: control.callCounts() });
  });
  registerFaultRoutes(router, control, isValidSelector);
  router.post("/csrf/rotate", (_req, res) => {
    control.rotateCsrfToken();
    res.status(204).end();
  });
  router.post("/sessions/expire", (_req, res) => {
    control.expireSessions();
    res.status(204).end();
  });
  router.get("/quirks", (_req, res) => void res.json(control.quirks()));
  router.put("/quirks", (req, res) => {
    const change = Quirks.parse(req.body ?? {});
    if (change.csrf !== undefined) control.setCsrf(change.csrf);
    if (change.errorsWithHttp200 !== undefined) control.setErrorsWithHttp200(change.errorsWithHttp200);
    if (change.statusCodes !== undefined) control.setStatusCodes(change.statusCodes);
    res.json(control.quirks());
  });
  router.post("/reset", (_req, res) => {
    control.reset();
    res.status(204).end();
  });
  finishControlRouter(router);
  return router;
}
