import express, { type NextFunction, type Request, type Response, type Router } from "express";
import { z } from "zod";
import { ApiError } from "../errors.ts";
import { isValidSelector } from "../faults/endpoints.ts";
import { pathParam } from "../http/path-param.ts";
import type { SimControl } from "./sim-control.ts";

const selector = z.string().refine(isValidSelector, "unknown endpoint selector");
const trigger = {
  endpoint: selector.optional(),
  rate: z.number().min(0).max(1).optional(),
  skip: z.number().int().min(0).optional(),
  count: z.number().int().min(0).optional(),
};
const delay = z.number().int().min(0).max(600_000);

const Latency = z.strictObject({ fixedMs: delay, jitterMs: delay.optional() });
const ErrorRate = z.strictObject({ ...trigger, rate: z.number().min(0).max(1), status: z.number().int().min(400).max(599).optional() });
const Drop = z.strictObject({ ...trigger, afterPerforming: z.boolean().optional() });
const Hang = z.strictObject(trigger);
const Clock = z.strictObject({ advanceMs: z.number().int().min(0) });

/**
 * The HTTP twin of SimControl under `/sim/`: sim-only, JSON in and out, never part of the
 * tenant's API (the BFF never forwards here).
 */
export function createControlRouter(control: SimControl): Router {
  const router = express.Router();
  router.use(express.json({ limit: "16kb" }));

  router.get("/", (_req, res) => {
    res.json({ users: control.userCount(), faults: control.faults(), calls: control.callCounts() });
  });
  router.post("/users/:loginId/lock", (req, res) => {
    control.lockUser(pathParam(req, "loginId"));
    res.json({ lockedOut: true });
  });
  router.post("/users/:loginId/failed-sign-ins", (req, res) => {
    res.json(control.recordFailedSignIn(pathParam(req, "loginId")));
  });
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
  router.post("/revoke-tokens", (_req, res) => {
    control.revokeTokens();
    res.status(204).end();
  });
  router.get("/calls", (_req, res) => void res.json(control.callCounts()));
  router.delete("/calls", (_req, res) => {
    control.resetCallCounts();
    res.json(control.callCounts());
  });
  router.post("/reset", (_req, res) => {
    control.reset();
    res.status(204).end();
  });
  router.post("/clock", (req, res) => {
    control.advanceClock(Clock.parse(req.body ?? {}).advanceMs);
    res.status(204).end();
  });
  router.use((_req, res) => void res.status(404).json({ error: "no such control route" }));
  router.use(handleControlError);
  return router;
}

function handleControlError(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(error);
  if (error instanceof z.ZodError) {
    const issue = error.issues[0];
    res.status(400).json({ error: `${issue?.path.join(".") || "body"}: ${issue?.message ?? "invalid"}` });
  } else if (error instanceof ApiError) {
    res.status(error.status).json({ error: error.message });
  } else if (error instanceof RangeError || (error instanceof SyntaxError && "status" in error)) {
    res.status(400).json({ error: error.message });
  } else {
    res.status(500).json({ error: error instanceof Error ? error.message : "internal error" });
  }
}
