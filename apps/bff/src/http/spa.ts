import { existsSync } from "node:fs";
import { join } from "node:path";
import express, { Router } from "express";
import { notFound } from "../errors/error-middleware.ts";

/**
 * Serves the built SPA: hashed assets cached for a year, and `index.html` for every other GET that
 * asks for HTML (history fallback), never cached so a deploy is picked up at once. Source maps
 * (`*.map`) are never served.
 */
export function createSpaRouter(webDist: string): Router {
  const router = Router();
  const index = join(webDist, "index.html");
  // Source maps (built "hidden" for debugging) stay on the server: they would hand out the source.
  router.use((req, res, next) => {
    if (req.path.endsWith(".map")) return notFound(req, res, next);
    next();
  });
  router.use(
    "/assets",
    express.static(join(webDist, "assets"), { immutable: true, maxAge: "365d", index: false, fallthrough: false }),
  );
  router.use(express.static(webDist, { index: false, maxAge: 0 }));
  router.get("/{*path}", (req, res, next) => {
    if (!req.accepts("html")) return next();
    if (!existsSync(index)) {
      res.status(503).type("text/plain").send("The web app is not built yet: run `pnpm build` (or `pnpm start`, which builds it).");
      return;
    }
    res.set("Cache-Control", "no-cache");
    res.sendFile(index);
  });
  return router;
}
