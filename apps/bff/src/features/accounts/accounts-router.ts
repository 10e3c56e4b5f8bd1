import { Router, type Request } from "express";
import { z } from "zod";
import { CreateAccountRequestSchema, UpdateAccountRequestSchema, type AccountList } from "@switchboard/contracts";
import { authOf } from "../../auth/auth-context.ts";
import { authorize } from "../../auth/authorize.ts";
import { recordChanges, type Audited } from "../../audit/audited.ts";
import type { AccountsService } from "./accounts-service.ts";

export interface AccountsRouterDeps {
  service: AccountsService;
  audited: Audited;
}

/** Any name may be asked for: one that breaks the naming rules simply names no account (404). */
const PathSchema = z.object({ username: z.string() });

/** The name the request acts on, for its audit record: unchecked yet, so only a bounded slice of it. */
const pathName = (req: Request) => (typeof req.params["username"] === "string" ? req.params["username"].slice(0, 64) : undefined);
const bodyName = (req: Request) => {
  const body: unknown = req.body;
  const name = body && typeof body === "object" && "username" in body ? body.username : undefined;
  return typeof name === "string" ? name.slice(0, 64) : undefined;
};

/** Dashboard accounts, admin only (`manageAccounts`); every change is audited before → after. */
export function createAccountsRouter(deps: AccountsRouterDeps): Router {
  const router = Router();
  const canManage = authorize("manageAccounts");

  router.get("/", canManage, async (_req, res) => {
    const body: AccountList = { accounts: await deps.service.list() };
    res.json(body);
  });

  router.post("/", deps.audited("account.create", { target: bodyName }), canManage, async (req, res) => {
    const input = CreateAccountRequestSchema.parse(req.body);
    const { account, changes } = await deps.service.create(authOf(req).username, input);
    recordChanges(res, changes);
    res.status(201).json(account);
  });

  router.patch("/:username", deps.audited("account.update", { target: pathName }), canManage, async (req, res) => {
    const change = UpdateAccountRequestSchema.parse(req.body);
    const { account, changes } = await deps.service.update(authOf(req).username, PathSchema.parse(req.params).username, change);
    recordChanges(res, changes);
    res.json(account);
  });

  router.delete("/:username", deps.audited("account.remove", { target: pathName }), canManage, async (req, res) => {
    const { changes } = await deps.service.remove(authOf(req).username, PathSchema.parse(req.params).username);
    recordChanges(res, changes);
    res.status(204).end();
  });

  return router;
}
