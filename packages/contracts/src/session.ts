import { z } from "zod";
import { PermissionSchema, RoleSchema } from "./permissions.ts";
import type { FieldError } from "./problem.ts";

export const SignInRequestSchema = z.lazy(() => z.object({
  username: z.string().trim().min(1, "Enter your username").max(64, "At most 64 characters"),
  password: z.string().min(1, "Enter your password").max(128, "At most 128 characters"),
}));
export type SignInRequest = z.infer<typeof SignInRequestSchema>;

/** Every operation of the platform port (apps/bff/src/platform/platform.ts); a platform has some of them. */
export const PLATFORM_OPERATIONS = [
  "listDirectory",
  "getUser",
  "createUser",
  "updateUser",
  "deleteUser",
  "getLockState",
  "unlock",
  "resetPassword",
  "listTeams",
  "listAccessNumbers",
] as const;
export type PlatformOperation = (typeof PLATFORM_OPERATIONS)[number];

/** What the platform behind the BFF can do; the SPA shows only what it supports. */
export const CapabilitiesSchema = z.lazy(() => z.object({
  platform: z.string(),
  /** Names from PLATFORM_OPERATIONS; kept as plain strings so that a newer BFF never breaks an open SPA. */
  operations: z.array(z.string()),
  editableUserFields: z.array(z.string()),
  /**
   * The fields of `POST /api/users` the platform takes (names of CreateUserRequest), when it takes fewer
   * than all: Genesys has no team, extension, phones, e-mail or disabled flag. Absent: every field.
   */
  creatableUserFields: z.array(z.string()).optional(),
  /** How the platform names a new user: `email` where the login id must be an e-mail address (Genesys's userName). Absent: any. */
  loginIdFormat: z.enum(["any", "email"]).optional(),
}));
export type Capabilities = z.infer<typeof CapabilitiesSchema>;

/** `GET /api/session` and the answer to a successful sign-in. */
export const SessionSchema = z.lazy(() => z.object({
  account: z.object({
    username: z.string(),
    role: RoleSchema,
    /** The teams this account acts on (decision 023); null or absent: the whole tenant. */
    teams: z.array(z.string()).nullable().optional(),
  }),
  permissions: z.array(PermissionSchema),
  csrfToken: z.string(),
  demo: z.boolean(),
  capabilities: CapabilitiesSchema,
}));
export type Session = z.infer<typeof SessionSchema>;

/**
 * Why a new user's login id does not suit the platform (`loginIdFormat`), as a field error on
 * `loginId`; undefined when it does. The BFF refuses a create with it; an import preview shows it.
 */
export function loginIdFormatError(capabilities: Capabilities, loginId: string): FieldError | undefined {
  if (capabilities.loginIdFormat !== "email" || z.email().safeParse(loginId).success) return undefined;
  return { field: "loginId", message: `This contact center (${capabilities.platform}) names users by e-mail address, e.g. ann.lee@example.com.` };
}
