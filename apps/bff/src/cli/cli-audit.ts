import { randomUUID } from "node:crypto";
import { userInfo } from "node:os";
import type { AuditChanges } from "@switchboard/contracts";
import type { AuditStore } from "../audit/audit-store.ts";
import { AppError } from "../errors/app-error.ts";

/** `cli:<OS user>`: who ran the command, as far as the machine knows (the audit trail's actor). */
export function cliActor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    // A container user without a passwd entry has no name; its uid still tells who it was.
    return `cli:${process.env["USER"] ?? `uid-${process.getuid?.() ?? "unknown"}`}`;
  }
}

/**
 * Runs one change as the API would audit it: the attempt is written before the work, the outcome
 * (with the HTTP status the same refusal gets from the API) after it, refusals included.
 */
export async function runAudited<T extends { changes: AuditChanges }>(
  audit: AuditStore,
  label: { actor: string; action: string; target: string; status: number },
  work: () => Promise<T> | T,
): Promise<T> {
  const id = await audit.begin({ actor: label.actor, role: null, clientIp: "local", action: label.action, target: label.target, requestId: randomUUID() });
  try {
    const result = await work();
    await audit.complete(id, { outcome: "succeeded", status: label.status, reason: null, changes: result.changes });
    return result;
  } catch (error) {
    const known = error instanceof AppError && error.status < 500;
    await audit.complete(id, {
      outcome: known ? "refused" : "failed",
      status: error instanceof AppError ? error.status : 500,
      reason: error instanceof AppError ? error.message : "internal error",
      changes: null,
    });
    throw error;
  }
}
