import { z } from "zod";
import type { BpccCallOptions } from "./caller-signal.ts";
import { parseResponse } from "./parsing.ts";
import { BpccTeamSchema, type BpccTeam } from "./schemas.ts";
import type { Transport } from "./transport.ts";

const TeamsSchema = z.array(BpccTeamSchema);

export function createTeamCalls(transport: Transport) {
  return {
    /** GET /team: every team, by name (the name is also how a user refers to a team). */
    async listTeams({ signal }: BpccCallOptions = {}): Promise<BpccTeam[]> {
      const answer = await transport.call({ operation: "listTeams", method: "GET", path: "/team", retryable: true, signal });
      return parseResponse(TeamsSchema, answer, "listTeams");
    },
  };
}
