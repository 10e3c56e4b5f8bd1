import { Router } from "express";
import type { Health } from "@switchboard/contracts";
import { publicRoute } from "../../auth/route-access.ts";
import { AppError } from "../../errors/app-error.ts";
import type { Db } from "../../db/database.ts";
import type { Platform } from "../../platform/platform.ts";

/**
 * Liveness (`health`, mounted at `/health`) and readiness (`ready`, at `/ready`): both answer without a session,
 * and say nothing about the upstream's secrets. Two routers, so that a request for anything else enters neither.
 */
export function createHealthRouters(deps: { db: Db; platform: Platform; demo: boolean; identityProvider?: { ready(): Promise<void> } }): {
  health: Router;
  ready: Router;
} {
  const health = Router();
  health.get("/", publicRoute, (_req, res) => {
    const body: Health = { status: "ok", demo: deps.demo };
    res.json(body);
  });
  const ready = Router();
  ready.get("/", publicRoute, async (_req, res) => {
    // Each part named on its own: an operator reads which one is down (nothing more: no host, no error text).
    const part = async (name: string, check: () => Promise<unknown>) => {
      try {
        await check();
      } catch {
        throw new AppError({
          status: 503,
          title: "Not ready",
          detail: `The ${name} is not reachable yet.`,
          type: "/problems/not-ready",
          extensions: { unreachable: name },
        });
      }
    };
    await part("database", () => deps.db.ping());
    try {
      await deps.platform.checkReady();
      // Single sign-on: the provider's discovery document read (once; a failure is tried again here).
      await deps.identityProvider?.ready();
    } catch {
      throw new AppError({
        status: 503,
        title: "Not ready",
        detail: "The contact center or the identity provider is not reachable yet.",
        type: "/problems/not-ready",
      });
    }
    res.json({ status: "ready" });
  });
  return { health, ready };
}
