import { expect, request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { SessionSchema, UserSchema, type CreateUserRequest, type UpdateUserRequest, type User } from "@switchboard/contracts";
import { E2E, E2E_GENESYS } from "./environment.ts";
import type { DemoRole } from "./session-steps.ts";

// Set-up and clean-up through the BFF, outside any page, as a demo account: a test makes its own
// contact-center users this way and leaves none behind.

type SignedIn = { api: APIRequestContext; headers: Record<string, string> };

/** Which demo the call goes to: Bright Pattern's unless a Genesys spec says otherwise. */
export type Product = typeof E2E | typeof E2E_GENESYS;

async function signedInAs(role: DemoRole, product: Product = E2E): Promise<SignedIn> {
  const api = await playwrightRequest.newContext({ baseURL: product.baseUrl });
  const origin = { Origin: product.baseUrl };
  const answer = await api.post("/api/session", { headers: origin, data: { username: role, password: product.demoPassword } });
  expect(answer.status()).toBe(200);
  const { csrfToken } = SessionSchema.parse(await answer.json());
  return { api, headers: { ...origin, "X-CSRF-Token": csrfToken } };
}

async function withRole<T>(role: DemoRole, work: (signedIn: SignedIn) => Promise<T>, product: Product = E2E): Promise<T> {
  const signedIn = await signedInAs(role, product);
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

export async function createUserThroughBff(user: CreateUserRequest, product: Product = E2E): Promise<void> {
  await withRole("admin", async ({ api, headers }) => {
    const answer = await api.post("/api/users", { headers, data: user });
    expect(answer.status(), await answer.text()).toBe(201);
  }, product);
}

/** Clean-up: gone whether or not the test got as far as deleting them itself. */
export async function deleteUserIfLeft(loginId: string, product: Product = E2E): Promise<void> {
  await withRole("admin", async ({ api, headers }) => {
    const answer = await api.delete(userUrl(loginId), { headers });
    expect([204, 404]).toContain(answer.status());
  }, product);
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
