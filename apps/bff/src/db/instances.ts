import type { Logger } from "pino";
import type { Sql } from "./sql.ts";

/**
 * This process among the instances sharing one database (docs/decisions/022-where-the-bff-keeps-its-state.md).
 * Each registers a row and writes `seen_at` every `heartbeatMs`; an instance not seen for `staleAfterMs`
 * is gone (killed, its machine lost), so the audit attempts it left `pending` and the jobs it left
 * `running` will never finish: `reconcile(liveSince)` marks them interrupted, at start and at each beat.
 * On SQLite there is one instance by definition, so at start every other one counts as gone.
 */
export interface Instance {
  readonly id: string;
  /** Stops the beat and removes the row: a clean stop leaves nothing for the others to reconcile. */
  stop(): Promise<void>;
}

export interface InstanceOptions {
  /** The id this process's audit records and jobs carry (AppDeps.instanceId). */
  id: string;
  heartbeatMs?: number;
  staleAfterMs?: number;
  now?: () => number;
  logger: Logger;
  /** Marks interrupted what instances not seen since `liveSince` left behind; answers nothing of interest. */
  reconcile: (liveSince: number) => Promise<unknown>;
}

export const HEARTBEAT_MS = 5_000;
export const STALE_AFTER_MS = 30_000;

export async function registerInstance(db: Sql, options: InstanceOptions): Promise<Instance> {
  const now = options.now ?? Date.now;
  const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
  const staleAfterMs = options.staleAfterMs ?? STALE_AFTER_MS;
  const id = options.id;
  await db.run("INSERT INTO instances (id, started_at, seen_at) VALUES (?, ?, ?)", [id, new Date(now()).toISOString(), now()]);
  // At start on SQLite nothing else can be running: whatever is pending belongs to a process that ended.
  await options.reconcile(db.kind === "sqlite" ? Number.MAX_SAFE_INTEGER : now() - staleAfterMs);
  let beating: Promise<void> = Promise.resolve();
  const beat = async () => {
    try {
      await db.run("UPDATE instances SET seen_at = ? WHERE id = ?", [now(), id]);
      await options.reconcile(now() - staleAfterMs);
      // A row of an instance gone for a day is forgotten; what it left was reconciled long before.
      await db.run("DELETE FROM instances WHERE seen_at < ?", [now() - 86_400_000]);
    } catch (error) {
      // The database is away: the next beat tries again; /api/ready says why meanwhile.
      options.logger.warn({ err: error instanceof Error ? { name: error.name, message: error.message } : String(error) }, "instance heartbeat not written");
    }
  };
  const timer = setInterval(() => {
    beating = beating.then(beat);
  }, heartbeatMs);
  timer.unref();
  return {
    id,
    async stop() {
      clearInterval(timer);
      await beating;
      await db.run("DELETE FROM instances WHERE id = ?", [id]).catch(() => undefined);
    },
  };
}
