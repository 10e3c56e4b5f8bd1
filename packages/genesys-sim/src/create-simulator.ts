import express, { type Express } from "express";
import { createControlRouter } from "./control/control-routes.ts";
import { createSimControl, type SimControl } from "./control/sim-control.ts";
import { GwsError, STATUS } from "./errors.ts";
import { sendError } from "./http/send.ts";
import { resolveOptions, type SimCredentials, type SimulatorOptions } from "./options.ts";
import { createApiRouter } from "./routes/api-router.ts";
import { createSimState } from "./sim-state.ts";

export interface Simulator {
  app: Express;
  credentials: SimCredentials;
  control: SimControl;
  /** Where the API lives below the origin: `{contextPath}/api/v2`. */
  apiPath: string;
}

/**
 * The simulator as an Express app, not yet listening: embed it, hand it to supertest, or
 * listen() on it. Throws a RangeError naming any bad option.
 */
export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const config = resolveOptions(options);
  const state = createSimState(config);
  const control = createSimControl(state);
  const apiPath = `${config.contextPath}/api/v2`;
  const app = express();
  app.disable("x-powered-by");
  app.set("etag", false);
  app.use("/sim", createControlRouter(control));
  app.use(apiPath, createApiRouter(state));
  app.use((_req, res) => sendError(state, res, new GwsError(STATUS.notFound, "Resource not found")));
  return { app, credentials: { ...config.credentials }, control, apiPath };
}
