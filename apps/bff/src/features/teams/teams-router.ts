import { Router } from "express";
import type { TeamList } from "@switchboard/contracts";
import { authorize } from "../../auth/authorize.ts";
import type { TeamsService } from "./teams-service.ts";
import type { RequireOperation } from "../../platform/require-operation.ts";

/** `GET /teams`: the tenant's teams. */
export function createTeamsRouter(service: TeamsService, requires: RequireOperation): Router {
  const router = Router();
  router.get("/", authorize("readTeams"), requires("listTeams"), async (_req, res) => {
    const list: TeamList = await service.listTeams();
    res.json(list);
  });
  return router;
}
