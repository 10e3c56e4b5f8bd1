import { Router } from "express";
import type { AccessNumberList } from "@switchboard/contracts";
import { authorize } from "../../auth/authorize.ts";
import type { AccessNumbersService } from "./access-numbers-service.ts";
import type { RequireOperation } from "../../platform/require-operation.ts";

/** `GET /access-numbers`: the tenant's access numbers and what each is assigned to. */
export function createAccessNumbersRouter(service: AccessNumbersService, requires: RequireOperation): Router {
  const router = Router();
  router.get("/", authorize("readAccessNumbers"), requires("listAccessNumbers"), async (_req, res) => {
    const list: AccessNumberList = await service.listAccessNumbers();
    res.json(list);
  });
  return router;
}
