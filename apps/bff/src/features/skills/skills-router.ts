import { Router } from "express";
import type { SkillList } from "@switchboard/contracts";
import { authorize } from "../../auth/authorize.ts";
import type { SkillsSeen } from "./skills-seen.ts";

/** `GET /skills`: the skills seen in the tenant, offered to whoever may give users skills. */
export function createSkillsRouter(seen: SkillsSeen): Router {
  const router = Router();
  router.get("/", authorize("editUser"), (_req, res) => {
    const list: SkillList = { skills: seen.names().map((name) => ({ name })) };
    res.json(list);
  });
  return router;
}
