import express, { type Express } from "express";
import { createClock } from "./clock.ts";
import { createControlRouter } from "./control/control-routes.ts";
import { createSimControl, type SimControl } from "./control/sim-control.ts";
import { sendText } from "./http/send.ts";
import { resolveOptions, type SimCredentials, type SimulatorOptions } from "./options.ts";
import { createApiRouter } from "./routes/api-router.ts";
import { createSimState } from "./sim-state.ts";

export interface Simulator {
  app: Express;
  credentials: SimCredentials;
  control: SimControl;
}

/**
 * The simulator as an Express app, not yet listening: embed it, hand it to supertest, or
 * listen() on it. Throws a RangeError naming any bad option.
 */
export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const config = resolveOptions(options);
  const state = createSimState(config, createClock());
  const control = createSimControl(state);
  const app = express();
  app.disable("x-powered-by");
  app.set("etag", false);
  app.use((_req, res, next) => {
    // What the collection's example responses show; some clients log it.
    res.setHeader("Server", "nginx/1.14.0");
    next();
  });
  app.use("/sim", createControlRouter(control));
  app.use("/configapi/v2", createApiRouter(state));
  app.use((_req, res) => sendText(res, 404, "Not Found"));
  return { app, credentials: { ...config.credentials }, control };
}
