import { GenesysError } from "./errors.ts";
import { parseInput, type GenesysCallOptions, type GenesysReadOptions } from "./inputs.ts";
import { buildUserPath } from "./paths.ts";
import {
  GenesysCreatedSchema,
  GenesysCreateUserSchema,
  GenesysUserBodySchema,
  GenesysUserPageSchema,
  GenesysUserUpdateSchema,
  type GenesysCreateUser,
  type GenesysUser,
  type GenesysUserUpdate,
} from "./schemas.ts";
import type { Transport } from "./transport.ts";

export type UserCallsDeps = { transport: Transport; pageSize: number };

// A bound on the loop whatever the server answers: a million users at the default page size.
const MAX_PAGES = 10_000;

export function createUserCalls({ transport, pageSize }: UserCallsDeps) {
  /**
   * `GET /users?fields=*` page by page (`offset`, `limit`, `sortBy=userName`) while the server gives
   * `totalCount`; a server that does not page answers everything at once, without it.
   */
  async function listUsers({ signal, subresources }: GenesysReadOptions = {}): Promise<GenesysUser[]> {
    // By id: a user created between two pages shifts the rest by one, and would come twice.
    const users = new Map<string, GenesysUser>();
    for (let page = 0, offset = 0; page < MAX_PAGES; page += 1) {
      const query = new URLSearchParams({ fields: "*" });
      if (subresources) query.set("subresources", "*");
      query.set("offset", String(offset));
      query.set("limit", String(pageSize));
      query.set("sortBy", "userName");
      const call = { operation: "listUsers", method: "GET", path: `/users?${query.toString()}`, retryable: true, signal } as const;
      const answer = await transport.read(call, GenesysUserPageSchema);
      const before = users.size;
      for (const user of answer.users) users.set(user.id, user);
      offset += answer.users.length;
      // An empty page ends the list too: users deleted while paging leave totalCount too high.
      if (answer.totalCount === undefined || offset >= answer.totalCount || answer.users.length === 0) break;
      // Only users already read: the server ignores the offset, and the list would never be whole.
      if (users.size === before) throw new GenesysError("Genesys listUsers: the server repeated a page (offset ignored)", { kind: "upstream" });
    }
    return [...users.values()];
  }

  return {
    listUsers,

    async getMe({ signal }: GenesysCallOptions = {}): Promise<GenesysUser> {
      const answer = await transport.read({ operation: "getMe", method: "GET", path: "/me", retryable: true, signal }, GenesysUserBodySchema);
      return answer.user;
    },

    async getUser(userId: string, { signal, subresources }: GenesysReadOptions = {}): Promise<GenesysUser> {
      const path = buildUserPath(userId) + (subresources ? "?subresources=*" : "");
      const answer = await transport.read({ operation: "getUser", method: "GET", path, retryable: true, signal }, GenesysUserBodySchema);
      return answer.user;
    },

    /**
     * GWS has no lookup by user name: this lists every user (one call per page) and picks the one whose
     * `userName` matches, ignoring case as e-mail addresses do. Costly on a large tenant; a caller that
     * resolves names often keeps the name → id map and comes here on a miss.
     */
    async findUserByUserName(userName: string, options: GenesysCallOptions = {}): Promise<GenesysUser | undefined> {
      const wanted = userName.trim().toLowerCase();
      const users = await listUsers(options);
      return users.find((user) => user.userName.toLowerCase() === wanted);
    },

    /** `POST /users`; answers the new user's id. Never retried: a create whose answer was lost may have happened. */
    async createUser(input: GenesysCreateUser, { signal }: GenesysCallOptions = {}): Promise<string> {
      const user = parseInput(GenesysCreateUserSchema, input, "createUser");
      const secrets = [user.password];
      const call = { operation: "createUser", method: "POST", path: "/users", body: user, retryable: false, secrets, signal } as const;
      const answer = await transport.read(call, GenesysCreatedSchema);
      return answer.id;
    },

    /** `POST /users/{id}` (the seed's operation table); `roles`, when given, is the whole new set. */
    async updateUser(userId: string, patch: GenesysUserUpdate, { signal }: GenesysCallOptions = {}): Promise<void> {
      const path = buildUserPath(userId);
      const update = parseInput(GenesysUserUpdateSchema, patch, "updateUser");
      const secrets = update.password ? [update.password] : [];
      await transport.send({ operation: "updateUser", method: "POST", path, body: update, retryable: false, secrets, signal });
    },

    async deleteUser(userId: string, { signal }: GenesysCallOptions = {}): Promise<void> {
      const path = buildUserPath(userId);
      await transport.send({ operation: "deleteUser", method: "DELETE", path, retryable: false, signal });
    },
  };
}
