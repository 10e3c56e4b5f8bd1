import { Router } from "express";
import { authorize } from "../../auth/authorize.ts";
import { sendEncoded } from "../../http/encoded-body.ts";
import type { DirectoryService } from "./directory-service.ts";
import type { RequireOperation } from "../../platform/require-operation.ts";

export function createDirectoryRouter(service: DirectoryService, requires: RequireOperation): Router {
  const router = Router();
  router.get("/", authorize("readDirectory"), requires("listDirectory"), async (req, res) => {
    await sendEncoded(req, res, await service.getSnapshot());
  });
  return router;
}
