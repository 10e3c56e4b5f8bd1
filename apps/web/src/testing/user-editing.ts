import { SessionSchema, UserHistorySchema, type Role, type User, type UserHistory } from "@switchboard/contracts";
import { screen } from "@testing-library/react";
import { buildHealth, buildSession, PEOPLE } from "./fixtures";
import { json, mockApi } from "./mock-api";
import { renderApp } from "./render-app";
import { buildUser } from "./user-fixtures";

// The user page for those who may change a user, answered as the BFF would over the BPCC platform.

export const WANDA = buildUser({ loginId: "wandabui", firstName: "Wanda", lastName: "Bui", team: "Customer Service", skills: { Support: 100, Cable: 70 } });
/** What the BFF has seen users of the tenant hold. */
export const SEEN_SKILLS = ["Cable", "French", "Mobile", "Spanish", "Support"];
export const BPCC_EDITABLE = ["skills", "team", "disabled", "changePassword", "password"];

export function bpccSession(role: Role) {
  const session = buildSession(role);
  return SessionSchema.parse({ ...session, capabilities: { ...session.capabilities, editableUserFields: BPCC_EDITABLE } });
}

export function history(records: UserHistory["records"] = []): UserHistory {
  return UserHistorySchema.parse({ records, nextCursor: null });
}

export function editorApi(role: Role = "supervisor", user: User = WANDA) {
  const base = `/api/users/${user.loginId}`;
  return mockApi({
    "GET /api/health": json(buildHealth()),
    "GET /api/session": json(bpccSession(role)),
    [`GET ${base}`]: json(user),
    [`GET ${base}/lock`]: json({ lockedOut: false }),
    [`GET ${base}/history`]: json(history()),
    "GET /api/teams": json({ teams: [{ name: "Billing" }, { name: "Customer Service" }, { name: "Sales" }] }),
    "GET /api/skills": json({ skills: SEEN_SKILLS.map((name) => ({ name })) }),
    "GET /api/directory": json({ users: PEOPLE }),
  });
}

export async function openWanda() {
  const view = renderApp("/users/wandabui");
  await screen.findByRole("heading", { level: 1, name: "Wanda Bui" });
  const form = screen.getByRole("region", { name: "Team and skills" });
  return { ...view, form };
}

