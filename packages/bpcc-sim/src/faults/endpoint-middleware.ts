import { STATUS_CODES } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import type { ServerResponse } from "node:http";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { dropInsteadOfAnswering, sendText } from "../http/send.ts";
import type { FaultState } from "./fault-state.ts";

/** What the fault middleware needs of a simulator's state; BPCC's SimState and genesys-sim's both have it. */
export interface FaultHost<E extends string = string> {
  calls: { record(endpoint: E): void; enter(): void; leave(): void };
  faults: FaultState;
  /** Responses held open by a hang fault, so that clearing the fault or closing can end them. */
  hanging: Set<ServerResponse>;
}

/**
 * The first handler of every API route: counts the call, then applies the faults in force —
 * latency, a hang, an error status, or a dropped connection before or after doing the work.
 */
export function endpoint<E extends string>(state: FaultHost<E>, name: E): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    state.calls.record(name);
    state.calls.enter();
    // "close" comes once per response: after its last byte, or when its connection went without one.
    res.once("close", () => state.calls.leave());
    const delay = state.faults.delayMs();
    if (delay > 0) await sleep(delay);
    const decision = state.faults.decide(name);
    switch (decision.kind) {
      case "hang":
        state.hanging.add(res);
        res.on("close", () => state.hanging.delete(res));
        return;
      case "error":
        return sendText(res, decision.status, STATUS_CODES[decision.status] ?? "Error");
      case "drop":
        if (!decision.afterPerforming) {
          req.socket.destroy();
          return;
        }
        dropInsteadOfAnswering(res);
        return next();
      case "none":
        return next();
    }
  };
}

/** Ends every hung call by closing its connection, as a server that gives up would. */
export function releaseHanging(state: Pick<FaultHost, "hanging">): void {
  for (const res of state.hanging) res.socket?.destroy();
  state.hanging.clear();
}
