import { parseInput, type GenesysCallOptions } from "./inputs.ts";
import { buildUserPath, encodeId } from "./paths.ts";
import {
  GenesysDevicesBodySchema,
  GenesysSkillAssignmentSchema,
  GenesysSkillsBodySchema,
  type GenesysDevice,
  type GenesysSkill,
  type GenesysSkillAssignment,
} from "./schemas.ts";
import type { Transport } from "./transport.ts";

/** Skills and devices: subresources of a user, and the tenant's skills. */
export function createSkillAndDeviceCalls(transport: Transport, apiBaseUrl: string) {
  return {
    async listSkills({ signal }: GenesysCallOptions = {}): Promise<GenesysSkill[]> {
      // Like GET /users, the collection answers only `uris` unless asked for every field.
      const call = { operation: "listSkills", method: "GET", path: "/skills?fields=*", retryable: true, signal } as const;
      const answer = await transport.read(call, GenesysSkillsBodySchema);
      return answer.skills;
    },

    async listUserSkills(userId: string, { signal }: GenesysCallOptions = {}): Promise<GenesysSkill[]> {
      const path = buildUserPath(userId, "skills");
      const answer = await transport.read({ operation: "listUserSkills", method: "GET", path, retryable: true, signal }, GenesysSkillsBodySchema);
      return answer.skills;
    },

    /** `POST /users/{id}/skills {uri, level}`; a skill given by id is addressed by its URI on this server. */
    async assignSkill(userId: string, assignment: GenesysSkillAssignment, { signal }: GenesysCallOptions = {}): Promise<void> {
      const path = buildUserPath(userId, "skills");
      const input = parseInput(GenesysSkillAssignmentSchema, assignment, "assignSkill");
      const uri = "skillUri" in input ? input.skillUri : `${apiBaseUrl}/skills/${encodeId(input.skillId, "skill")}`;
      await transport.send({ operation: "assignSkill", method: "POST", path, body: { uri, level: input.level }, retryable: false, signal });
    },

    async unassignSkill(userId: string, skillId: string, { signal }: GenesysCallOptions = {}): Promise<void> {
      const path = buildUserPath(userId, "skills", encodeId(skillId, "skill"));
      await transport.send({ operation: "unassignSkill", method: "DELETE", path, retryable: false, signal });
    },

    async listUserDevices(userId: string, { signal }: GenesysCallOptions = {}): Promise<GenesysDevice[]> {
      const path = buildUserPath(userId, "devices");
      const answer = await transport.read({ operation: "listUserDevices", method: "GET", path, retryable: true, signal }, GenesysDevicesBodySchema);
      return answer.devices;
    },
  };
}
