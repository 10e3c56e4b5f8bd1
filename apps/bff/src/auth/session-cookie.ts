import type { Request, Response } from "express";
import { parseCookie } from "cookie";

/**
 * Over HTTPS the cookie is `__Host-` prefixed (Secure, Path=/, no Domain: the browser refuses any
 * weaker variant); over plain local HTTP a prefixed cookie would be dropped, so it is named plainly.
 */
export function sessionCookieName(secure: boolean): string {
  return secure ? "__Host-switchboard_session" : "switchboard_session";
}

export function isSecureRequest(req: Request, publicOrigin: string | undefined): boolean {
  return publicOrigin ? publicOrigin.startsWith("https:") : req.secure;
}

export function readSessionCookie(req: Request, secure: boolean): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  return parseCookie(header)[sessionCookieName(secure)] || undefined;
}

export function writeSessionCookie(res: Response, secure: boolean, id: string, maxAgeMs: number): void {
  res.cookie(sessionCookieName(secure), id, {
    httpOnly: true,
    secure,
    sameSite: "strict",
    path: "/",
    maxAge: maxAgeMs,
  });
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.clearCookie(sessionCookieName(secure), { httpOnly: true, secure, sameSite: "strict", path: "/" });
}
