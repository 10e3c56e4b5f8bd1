import { expect, request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { SessionSchema, UserSchema, type CreateUserRequest, type UpdateUserRequest, type User } from "@switchboard/contracts";
import { E2E } from "./environment.ts";
import type { DemoRole } from "./session-steps.ts";

// Set-up and clean-up through the BFF, outside any page, as a demo account: a test makes its own
// contact-center users this way and leaves none behind.

type SignedIn = { api: APIRequestContext; headers: Record<string, string> };

async function signedInAs(role: DemoRole): Promise<SignedIn> {
  const api = await playwrightRequest.newContext({ baseURL: E2E.baseUrl });
  const origin = { Origin: E2E.baseUrl };
  const answer = await api.post("/api/session", { headers: origin, data: { username: role, password: E2E.demoPassword } });
  expect(answer.status()).toBe(200);
  const { csrfToken } = SessionSchema.parse(await answer.json());
  return { api, headers: { ...origin, "X-CSRF-Token": csrfToken } };
}

async function withRole<T>(role: DemoRole, work: (signedIn: SignedIn) => Promise<T>): Promise<T> {
  const signedIn = await signedInAs(role);
  try {
    return await work(signedIn);
  } finally {
    await signedIn.api.dispose();
  }
}

const userUrl = (loginId: string) => `/api/users/${encodeURIComponent(loginId)}`;

/** A login no other run or test has used. */
export function uniqueLogin(prefix: string): string {
  return `${prefix}.${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

export async function createUserThroughBff(user: CreateUserRequest): Promise<void> {
  await withRole("admin", async ({ api, headers }) => {
    const answer = await api.post("/api/users", { headers, data: user });
    expect(answer.status(), await answer.text()).toBe(201);
  });
}

/** Clean-up: gone whether or not the test got as far as deleting them itself. */
export async function deleteUserIfLeft(loginId: string): Promise<void> {
  await withRole("admin", async ({ api, headers }) => {
    const answer = await api.delete(userUrl(loginId), { headers });
    expect([204, 404]).toContain(answer.status());
  });
}

export async function readUserThroughBff(loginId: string): Promise<User> {
  return withRole("supervisor", async ({ api }) => UserSchema.parse(await (await api.get(userUrl(loginId))).json()));
}

/** A supervisor's change, made outside the page under test (another editor, or a clean-up). */
export async function updateUserThroughBff(loginId: string, change: Omit<UpdateUserRequest, "expected">): Promise<void> {
  const user = await readUserThroughBff(loginId);
  const expected = Object.fromEntries(Object.keys(change).map((field) => [field, user[field as keyof typeof change]]));
  await withRole("supervisor", async ({ api, headers }) => {
    const answer = await api.patch(userUrl(loginId), { headers, data: { ...change, expected } });
    expect(answer.status(), await answer.text()).toBe(200);
  });
}

/** A long audit trail for one user: `times` unlocks by the helpdesk, in one session. */
export async function unlockRepeatedlyThroughBff(loginId: string, times: number): Promise<void> {
  await withRole("helpdesk", async ({ api, headers }) => {
    for (let i = 0; i < times; i++) {
      const answer = await api.delete(`${userUrl(loginId)}/lock`, { headers });
      expect(answer.status(), await answer.text()).toBe(200);
    }
  });
}
