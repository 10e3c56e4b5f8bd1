import type { Router } from "express";
import { z } from "zod";
import { ApiError } from "../errors.ts";
import { isValidSelector } from "../faults/endpoints.ts";
import { pathParam } from "../http/path-param.ts";
import { createControlBase, finishControlRouter, registerFaultRoutes } from "./fault-routes.ts";
import type { SimControl } from "./sim-control.ts";

const Clock = z.strictObject({ advanceMs: z.number().int().min(0) });

/**
 * The HTTP twin of SimControl under `/sim/`: sim-only, JSON in and out, never part of the
 * tenant's API (the BFF never forwards here).
 */
export function createControlRouter(control: SimControl): Router {
  const router = createControlBase();

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
  registerFaultRoutes(router, control, isValidSelector);
  router.post("/revoke-tokens", (_req, res) => {
    control.revokeTokens();
    res.status(204).end();
  });
  router.post("/reset", (_req, res) => {
    control.reset();
    res.status(204).end();
  });
  router.post("/clock", (req, res) => {
    control.advanceClock(Clock.parse(req.body ?? {}).advanceMs);
    res.status(204).end();
  });
  finishControlRouter(router, (error) => (error instanceof ApiError ? { status: error.status, message: error.message } : undefined));
  return router;
}
