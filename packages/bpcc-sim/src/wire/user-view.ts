import type { UserRecord } from "../tenant/types.ts";

/** Get User Data in the collection's field order; optional contact fields only when set. */
export function renderUser(user: UserRecord): string {
  const body: Record<string, unknown> = {
    disabled: user.disabled,
    changePassword: user.changePassword,
    skills: user.skills,
    loginId: user.loginId,
    firstName: user.firstName,
    lastName: user.lastName,
    team: user.team,
    extension: user.extension,
  };
  if (user.workPhone !== undefined) body["workPhone"] = user.workPhone;
  if (user.mobilePhone !== undefined) body["mobilePhone"] = user.mobilePhone;
  if (user.email !== undefined) body["email"] = user.email;
  body["roles"] = user.roles;
  body["loginInfo"] = user.loginInfo;
  return JSON.stringify(body);
}
