import { Router } from "express";
import { UserIndexQuerySchema, type UserIndexResponse, type UserIndexStatus } from "@switchboard/contracts";
import { authOf } from "../../auth/auth-context.ts";
import { authorize } from "../../auth/authorize.ts";
import { encodeOnce, sendEncoded, type EncodedBody } from "../../http/encoded-body.ts";
import type { Audited } from "../../audit/audited.ts";
import type { UserIndex } from "./user-index.ts";

/**
 * The user index over HTTP: the users with team and skills (filtered), its age and progress, and a
 * refresh on demand. Reading never waits for a fill: it answers what the index holds and says so.
 */
export function createUserIndexRouter(deps: { index: UserIndex; audited: Audited }): Router {
  const { index, audited } = deps;
  const router = Router();

  // The whole index (what the SPA asks for) is serialized and compressed once per change, not per request:
  // 50k users are about 9 MB of JSON, 1 MB gzipped (decision 019).
  let whole: { key: string; body: EncodedBody } | undefined;

  router.get("/", authorize("readUser"), async (req, res) => {
    const query = UserIndexQuerySchema.parse(req.query);
    index.fillIfEmpty();
    const scope = authOf(req).teams;
    const status = index.status(scope);
    // The whole index, built once, is the unscoped answer; a scoped account's is its teams' rows (decision 023).
    if (scope === null && Object.values(query).every((value) => value === undefined)) {
      const key = `${index.revision()} ${JSON.stringify(status)}`;
      if (whole?.key !== key) {
        const body: UserIndexResponse = { ...status, users: index.rows() };
        whole = { key, body: encodeOnce(JSON.stringify(body)) };
      }
      await sendEncoded(req, res, whole.body);
      return;
    }
    const body: UserIndexResponse = { ...status, users: index.rows(query, scope) };
    res.json(body);
  });

  // A scoped account is told the fill's progress, not the tenant's count (decision 023).
  router.get("/index/status", authorize("readUser"), (req, res) => {
    index.fillIfEmpty();
    const body: UserIndexStatus = index.status(authOf(req).teams);
    res.json(body);
  });

  router.post("/index/refresh", audited("user_index.refresh"), authorize("refreshUserIndex"), (req, res) => {
    void index.refresh();
    const body: UserIndexStatus = index.status(authOf(req).teams);
    res.status(202).location("/api/users/index/status").json(body);
  });

  return router;
}
