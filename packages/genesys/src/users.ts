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

/** A user's id and name: all that naming users by userName needs. */
export type GenesysUserName = Pick<GenesysUser, "id" | "userName">;
import type { Transport } from "./transport.ts";

export type UserCallsDeps = { transport: Transport; pageSize: number };

// A bound on the loop whatever the server answers: a million users at the default page size.
const MAX_PAGES = 10_000;

export function createUserCalls({ transport, pageSize }: UserCallsDeps) {
  /**
   * `GET /users?fields=*` page by page (`offset`, `limit`, `sortBy=userName`) while the server gives
   * `totalCount`; a server that does not page answers everything at once, without it. The first two
   * pages come one after the other, until the server has shown that it honours the offset and how many
   * users a page holds (it may hold fewer than asked); the rest are asked for at once, each through the
   * client's concurrency limit, so that 20,000 users take 200 pages ÷ concurrency round trips, not 200.
   */
  async function listUsers({ signal, subresources, fields }: GenesysReadOptions & { fields?: readonly string[] } = {}): Promise<GenesysUser[]> {
    // By id: a user created between two pages shifts the rest by one, and would come twice.
    const users = new Map<string, GenesysUser>();
    const readPage = (offset: number) => {
      const query = new URLSearchParams({ fields: fields ? fields.join(",") : "*" });
      if (subresources) query.set("subresources", "*");
      query.set("offset", String(offset));
      query.set("limit", String(pageSize));
      query.set("sortBy", "userName");
      return transport.read({ operation: "listUsers", method: "GET", path: `/users?${query.toString()}`, retryable: true, signal } as const, GenesysUserPageSchema);
    };
    /** Whether the list is whole after this page; an empty page ends it too (users deleted while paging leave totalCount too high). */
    const whole = (answer: Awaited<ReturnType<typeof readPage>>, offset: number) => answer.totalCount === undefined || offset >= answer.totalCount || answer.users.length === 0;
    for (let page = 0, offset = 0; page < MAX_PAGES; page += 1) {
      const answer = await readPage(offset);
      const before = users.size;
      for (const user of answer.users) users.set(user.id, user);
      offset += answer.users.length;
      if (whole(answer, offset)) break;
      // Only users already read: the server ignores the offset, and the list would never be whole.
      if (users.size === before) throw new GenesysError("Genesys listUsers: the server repeated a page (offset ignored)", { kind: "upstream" });
      if (page === 0) continue;
      const step = answer.users.length;
      const offsets: number[] = [];
      for (let next = offset; next < (answer.totalCount ?? 0); next += step) offsets.push(next);
      page += offsets.length;
      if (page >= MAX_PAGES) throw new GenesysError(`Genesys listUsers: the list is longer than ${MAX_PAGES} pages`, { kind: "upstream" });
      const rest = await Promise.all(offsets.map(readPage));
      for (const more of rest) for (const user of more.users) users.set(user.id, user);
      const last = rest.at(-1);
      if (!last) break;
      offset = (offsets.at(-1) ?? offset) + last.users.length;
      // Users created meanwhile raise totalCount: the loop reads on from where the pages ended.
      if (whole(last, offset)) break;
    }
    return [...users.values()];
  }

  return {
    listUsers: (options: GenesysReadOptions = {}) => listUsers(options),

    /**
     * Every user's id and userName only (`fields=id,userName`): what naming users by userName needs,
     * at a tenth of a full list's bytes, so that a cold start finds one user's id quickly.
     */
    async listUserNames({ signal }: GenesysCallOptions = {}): Promise<GenesysUserName[]> {
      const users = await listUsers({ signal, fields: ["id", "userName"] });
      return users.map(({ id, userName }) => ({ id, userName }));
    },

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
