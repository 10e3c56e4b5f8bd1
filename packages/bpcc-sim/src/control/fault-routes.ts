import express, { type NextFunction, type Request, type Response, type Router } from "express";
import { z } from "zod";
import type { FaultControls } from "./fault-controls.ts";

const delay = z.number().int().min(0).max(600_000);

/**
 * The control routes every simulator shares, on a router that parses JSON: `PUT /latency`,
 * `/error-rate`, `/drop`, `/hang`; `GET|DELETE /faults`; `GET|DELETE /calls`; `GET /in-flight`
 * (`{ now, peak }`, the peak since `DELETE /calls`).
 */
export function registerFaultRoutes(router: Router, control: FaultControls, isValidSelector: (selector: string) => boolean): void {
  const trigger = {
    endpoint: z.string().refine(isValidSelector, "unknown endpoint selector").optional(),
    rate: z.number().min(0).max(1).optional(),
    skip: z.number().int().min(0).optional(),
    count: z.number().int().min(0).optional(),
  };
  const Latency = z.strictObject({ fixedMs: delay, jitterMs: delay.optional() });
  const ErrorRate = z.strictObject({ ...trigger, rate: z.number().min(0).max(1), status: z.number().int().min(400).max(599).optional() });
  const Drop = z.strictObject({ ...trigger, afterPerforming: z.boolean().optional() });
  const Hang = z.strictObject(trigger);

  router.put("/latency", (req, res) => {
    control.setLatency(Latency.parse(req.body ?? {}));
    res.json(control.faults());
  });
  router.put("/error-rate", (req, res) => {
    control.setErrorRate(ErrorRate.parse(req.body ?? {}));
    res.json(control.faults());
  });
  router.put("/drop", (req, res) => {
    control.dropConnections(Drop.parse(req.body ?? {}));
    res.json(control.faults());
  });
  router.put("/hang", (req, res) => {
    control.hang(Hang.parse(req.body ?? {}));
    res.json(control.faults());
  });
  router.get("/faults", (_req, res) => void res.json(control.faults()));
  router.delete("/faults", (_req, res) => {
    control.clearFaults();
    res.json(control.faults());
  });
  router.get("/calls", (_req, res) => void res.json(control.callCounts()));
  router.get("/in-flight", (_req, res) => void res.json(control.inFlight()));
  router.delete("/calls", (_req, res) => {
    control.resetCallCounts();
    res.json(control.callCounts());
  });
}

/** A control router's last handlers: 404 for an unknown route, 400 `{error}` naming a bad field, else 500. */
export function finishControlRouter(router: Router, statusOf: (error: unknown) => { status: number; message: string } | undefined = () => undefined): void {
  router.use((_req, res) => void res.status(404).json({ error: "no such control route" }));
  router.use((error: unknown, _req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) return next(error);
    const known = statusOf(error);
    if (known) {
      res.status(known.status).json({ error: known.message });
    } else if (error instanceof z.ZodError) {
      const issue = error.issues[0];
      res.status(400).json({ error: `${issue?.path.join(".") || "body"}: ${issue?.message ?? "invalid"}` });
    } else if (error instanceof RangeError || (error instanceof SyntaxError && "status" in error)) {
      res.status(400).json({ error: error.message });
    } else {
      res.status(500).json({ error: error instanceof Error ? error.message : "internal error" });
    }
  });
}

/** A router for `/sim`, parsing small JSON bodies. */
export function createControlBase(): Router {
  const router = express.Router();
  router.use(express.json({ limit: "16kb" }));
  return router;
}
