import { Router } from "express";
import { authorize } from "../../auth/authorize.ts";
import type { DirectoryService } from "./directory-service.ts";
import type { RequireOperation } from "../../platform/require-operation.ts";

export function createDirectoryRouter(service: DirectoryService, requires: RequireOperation): Router {
  const router = Router();
  router.get("/directory", authorize("readDirectory"), requires("listDirectory"), async (req, res) => {
    const snapshot = await service.getSnapshot();
    res.set("ETag", snapshot.etag);
    if (req.get("if-none-match") === snapshot.etag) {
      res.status(304).end();
      return;
    }
    res.type("application/json").vary("Accept-Encoding");
    const encoding = req.acceptsEncodings("br", "gzip");
    if (encoding === "br" || encoding === "gzip") {
      // Already encoded: the compression middleware leaves a response with a Content-Encoding alone.
      res.set("Content-Encoding", encoding).send(await snapshot.encoded(encoding));
      return;
    }
    res.send(snapshot.body);
  });
  return router;
}
