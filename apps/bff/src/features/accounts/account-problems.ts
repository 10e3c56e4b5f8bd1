import { AppError } from "../../errors/app-error.ts";

/** The refusals of account management, shared by the API (as problem+json) and the CLI (as a message). */
export const accountProblems = {
  exists: (username: string) =>
    new AppError({
      status: 409,
      title: "Account exists",
      detail: `An account named "${username}" already exists.`,
      type: "/problems/account-exists",
    }),

  ssoAccount: (username: string) =>
    new AppError({
      status: 409,
      title: "Signs in through the identity provider",
      detail: `"${username}" signs in through the identity provider and has no password here; its password is changed there.`,
      type: "/problems/sso-account",
      errors: [{ field: "password", message: "This account signs in through the identity provider: it has no password here." }],
    }),

  ssoTeams: (username: string) =>
    new AppError({
      status: 409,
      title: "Teams come from the identity provider",
      detail: `"${username}" signs in through the identity provider, which decides its teams at each sign-in (OIDC_TEAMS_CLAIM); change them there.`,
      type: "/problems/sso-account",
      errors: [{ field: "teams", message: "The identity provider decides this account's teams at each sign-in." }],
    }),

  teamsNotHere: (why: string) => AppError.invalid([{ field: "teams", message: why }], why),

  notFound: (username: string) => AppError.notFound(`There is no account named "${username}".`),

  ownAccount: (what: "disable" | "demote" | "remove") =>
    new AppError({
      status: 409,
      title: "Not on your own account",
      detail: `You cannot ${what} your own account; ask another admin to do it.`,
      type: "/problems/own-account",
    }),

  lastAdmin: (username: string, what: "disable" | "demote" | "remove") =>
    new AppError({
      status: 409,
      title: "Last admin",
      detail: `Cannot ${what} "${username}": it is the last enabled admin account. Make another account an admin first.`,
      type: "/problems/last-admin",
    }),
};
