import express, { type Request, type RequestHandler } from "express";
import { endpoint } from "@switchboard/bpcc-sim";
import { guard } from "../auth/guard.ts";
import type { Endpoint } from "../faults/endpoints.ts";
import type { SimState } from "../sim-state.ts";

/** The handlers before every API route: count and faults, then Basic auth, session and CSRF. */
export function call(state: SimState, name: Endpoint): RequestHandler[] {
  return [endpoint(state, name), guard(state)];
}

/** GWS reads JSON whatever the label says; an empty body is an empty object. */
export const jsonBody: RequestHandler = express.json({ limit: "1mb", type: () => true });

export function bodyOf(req: Request): unknown {
  return req.body ?? {};
}

/** A path parameter, percent-decoded once by Express. */
export function param(req: Request, name: string): string {
  const value = req.params[name];
  return typeof value === "string" ? value : "";
}
