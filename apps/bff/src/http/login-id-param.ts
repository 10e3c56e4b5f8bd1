import type { Request } from "express";
import { z } from "zod";
import { noSuchUser } from "../errors/upstream-problem.ts";

/** Longer than any login a platform allows; a longer one names no user and is not sent upstream. */
const MAX_LOGIN_ID_LENGTH = 256;

const LoginIdParamsSchema = z.object({ loginId: z.string() });

/**
 * The `:loginId` of a user route, percent-decoded once by Express (`a%2Fb` is the user `a/b`). A login
 * no platform can hold — empty, too long, or `.`/`..`, which URL parsing would resolve against the
 * parent path — is simply no user: 404, and the upstream is not asked.
 */
export function loginIdOf(req: Request): string {
  const { loginId } = LoginIdParamsSchema.parse(req.params);
  if (loginId.trim() === "" || loginId === "." || loginId === ".." || loginId.length > MAX_LOGIN_ID_LENGTH) throw noSuchUser(loginId);
  return loginId;
}

/** The login a request acts on, for its audit record: unchecked yet, so only a bounded slice of it. */
export function auditedLoginId(req: Request): string | undefined {
  const loginId = req.params["loginId"];
  return typeof loginId === "string" ? loginId.slice(0, MAX_LOGIN_ID_LENGTH) : undefined;
}
