import { Router } from "express";
import { authorize } from "../../auth/authorize.ts";
import type { RouteInfo } from "../../auth/route-inventory.ts";
import { strongEtag } from "../../http/etag.ts";
import { buildOpenApiDocument } from "./openapi-document.ts";

export interface OpenApiRouter {
  router: Router;
  /** Builds the document once, from every route the app mounted (this one included); call before listen(). */
  publish(routes: readonly RouteInfo[]): void;
}

/**
 * `GET /openapi.json`: the API as OpenAPI 3.1. Any signed-in role may read it: it says what each
 * role may do, which the SPA shows anyway, and nothing about the tenant. `readDirectory` is the
 * permission every role holds.
 */
export function createOpenApiRouter(): OpenApiRouter {
  const router = Router();
  let served: { body: string; etag: string } | undefined;

  router.get("/openapi.json", authorize("readDirectory"), (_req, res) => {
    if (!served) throw new Error("the OpenAPI document was never published");
    // Express answers 304 itself when If-None-Match matches the ETag set here.
    res.set("ETag", served.etag).type("application/json").send(served.body);
  });

  return {
    router,
    publish(routes) {
      const body = JSON.stringify(buildOpenApiDocument(routes));
      served = { body, etag: strongEtag(body) };
    },
  };
}
