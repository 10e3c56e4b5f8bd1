import type { RequestHandler } from "express";
import type { Permission, PlatformOperation } from "@switchboard/contracts";

/**
 * Who may call a route. Every `/api` route declares one, and `createApp` refuses to start when a
 * route declares none (route-inventory.ts): a route nobody thought about is never reachable.
 */
export type RouteAccess =
  /** Anyone, signed in or not: liveness, readiness, sign-in. */
  | { kind: "public" }
  /** Any live login session, whatever its role: "who am I" and sign-out. */
  | { kind: "signed-in" }
  /** A role the permission matrix grants this permission. */
  | { kind: "permission"; permission: Permission };

// Express keeps handlers as plain functions; a WeakMap lets us label them without touching them.
const accessOf = new WeakMap<object, RouteAccess>();
const auditActionOf = new WeakMap<object, string>();
const operationOf = new WeakMap<object, PlatformOperation>();

export function declareAccess<H extends RequestHandler>(handler: H, access: RouteAccess): H {
  accessOf.set(handler, access);
  return handler;
}

export function declaredAccess(handler: unknown): RouteAccess | undefined {
  return typeof handler === "function" ? accessOf.get(handler) : undefined;
}

export function declareAuditAction<H extends RequestHandler>(handler: H, action: string): H {
  auditActionOf.set(handler, action);
  return handler;
}

export function declaredAuditAction(handler: unknown): string | undefined {
  return typeof handler === "function" ? auditActionOf.get(handler) : undefined;
}

/** The platform port operation a route needs (platform/require-operation.ts). */
export function declareOperation<H extends RequestHandler>(handler: H, operation: PlatformOperation): H {
  operationOf.set(handler, operation);
  return handler;
}

export function declaredOperation(handler: unknown): PlatformOperation | undefined {
  return typeof handler === "function" ? operationOf.get(handler) : undefined;
}

/** Marks a route as open to callers without a session; the route inventory lists every such route. */
export const publicRoute: RequestHandler = declareAccess((_req, _res, next) => next(), { kind: "public" });
