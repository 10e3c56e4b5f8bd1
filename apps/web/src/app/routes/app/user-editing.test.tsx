import {
  EDIT_CONFLICT_TYPE,
  SessionSchema,
  UserHistorySchema,
  type Role,
  type User,
  type UserHistory,
} from "@switchboard/contracts";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { directoryQueryOptions } from "@/features/directory/api/get-directory";
import { buildHealth, buildSession, PEOPLE } from "@/testing/fixtures";
import { json, mockApi, problem } from "@/testing/mock-api";
import { renderApp } from "@/testing/render-app";
import { buildUser } from "@/testing/user-fixtures";

// The user page for those who may change a user (supervisor and up): team and skills, enable and
// disable, the conflict dialog, the unsaved-changes guard, the read-only note, history and delete.

const WANDA = buildUser({ loginId: "wandabui", firstName: "Wanda", lastName: "Bui", team: "Customer Service", skills: { Support: 100, Cable: 70 } });
const BPCC_EDITABLE = ["skills", "team", "disabled", "changePassword", "password"];

function bpccSession(role: Role) {
  const session = buildSession(role);
  return SessionSchema.parse({ ...session, capabilities: { ...session.capabilities, editableUserFields: BPCC_EDITABLE } });
}

function history(records: UserHistory["records"] = []): UserHistory {
  return UserHistorySchema.parse({ records, nextCursor: null });
}

function editorApi(role: Role = "supervisor", user: User = WANDA) {
  const base = `/api/users/${user.loginId}`;
  return mockApi({
    "GET /api/health": json(buildHealth()),
    "GET /api/session": json(bpccSession(role)),
    [`GET ${base}`]: json(user),
    [`GET ${base}/lock`]: json({ lockedOut: false }),
    [`GET ${base}/history`]: json(history()),
    "GET /api/teams": json({ teams: [{ name: "Billing" }, { name: "Customer Service" }, { name: "Sales" }] }),
    "GET /api/directory": json({ users: PEOPLE }),
  });
}

async function openWanda() {
  const view = renderApp("/users/wandabui");
  await screen.findByRole("heading", { level: 1, name: "Wanda Bui" });
  const form = screen.getByRole("region", { name: "Team and skills" });
  return { ...view, form };
}

const level = (form: HTMLElement, skill: string) => within(form).getByRole("spinbutton", { name: `Level of ${skill}` });

describe("skills on a user's page", () => {
  it("refuses a level outside 0–100, or not whole, on the field, and sends nothing", async () => {
    const api = editorApi();
    const { user, form } = await openWanda();

    await user.clear(level(form, "Cable"));
    await user.type(level(form, "Cable"), "101");
    await user.tab();
    expect(level(form, "Cable")).toHaveAccessibleDescription("Use a whole number from 0 to 100.");

    await user.clear(level(form, "Support"));
    await user.type(level(form, "Support"), "50.5");
    await user.click(within(form).getByRole("button", { name: "Save changes" }));

    expect(level(form, "Support")).toHaveAccessibleDescription("Use a whole number from 0 to 100.");
    expect(level(form, "Support")).toHaveAttribute("aria-invalid", "true");
    await waitFor(() => expect(level(form, "Cable")).toHaveFocus());
    expect(api.callsTo("PATCH /api/users/wandabui")).toHaveLength(0);
  });

  it("edits by number and slider, adds and removes skills, and saves the whole set with what was seen", async () => {
    const api = editorApi();
    api.on("PATCH /api/users/wandabui", (request) => json({ ...WANDA, skills: (request.body as { skills: Record<string, number> }).skills }));
    const { user, form } = await openWanda();

    await user.clear(level(form, "Cable"));
    await user.type(level(form, "Cable"), "85");
    // user-event does not move a range input by keyboard; a change event is what a drag ends in.
    // The slider is the pointer's shortcut, hidden from the accessibility tree (the number is the control).
    const supportRow = level(form, "Support").closest("li");
    if (!supportRow) throw new Error("no row for Support");
    fireEvent.change(within(supportRow).getByRole("slider", { hidden: true }), { target: { value: "98" } });
    expect(level(form, "Support")).toHaveValue(98);
    await user.type(within(form).getByRole("combobox", { name: "Add a skill" }), "Spanish{Enter}");
    await waitFor(() => expect(level(form, "Spanish")).toHaveFocus());
    await user.type(level(form, "Spanish"), "40");
    expect(within(form).getByText("Unsaved changes")).toBeInTheDocument();
    await user.click(within(form).getByRole("button", { name: "Save changes" }));

    await screen.findByText("Saved Wanda Bui’s team and skills.");
    expect(api.callsTo("PATCH /api/users/wandabui").map((r) => r.body)).toEqual([
      { skills: { Cable: 85, Support: 98, Spanish: 40 }, expected: { skills: { Support: 100, Cable: 70 } } },
    ]);
    expect(within(form).getByText("No unsaved changes")).toBeInTheDocument();

    await user.click(within(form).getByRole("button", { name: "Remove Spanish" }));
    expect(within(form).queryByRole("spinbutton", { name: "Level of Spanish" })).not.toBeInTheDocument();
    await user.click(within(form).getByRole("button", { name: "Save changes" }));
    await waitFor(() => expect(api.callsTo("PATCH /api/users/wandabui")).toHaveLength(2));
    expect(api.callsTo("PATCH /api/users/wandabui")[1]?.body).toEqual({
      skills: { Cable: 85, Support: 98 },
      expected: { skills: { Cable: 85, Support: 98, Spanish: 40 } },
    });
  });

  it("refuses a skill already in the list, whatever its case", async () => {
    editorApi();
    const { user, form } = await openWanda();
    const add = within(form).getByRole("combobox", { name: "Add a skill" });
    await user.type(add, "cable{Enter}");
    expect(add).toHaveAccessibleDescription("Cable is already in the list.");
  });

  it("keeps the edits when the save fails, and says so", async () => {
    const api = editorApi();
    api.on("PATCH /api/users/wandabui", problem(502, { title: "Contact center unavailable", detail: "The contact center could not complete the request. Try again in a moment." }));
    const { user, form } = await openWanda();

    await user.clear(level(form, "Cable"));
    await user.type(level(form, "Cable"), "85");
    await user.selectOptions(within(form).getByRole("combobox", { name: "Team" }), "Sales");
    await user.click(within(form).getByRole("button", { name: "Save changes" }));

    expect(await within(form).findByRole("alert")).toHaveTextContent("Your changes were not savedThe contact center could not complete the request. Try again in a moment. Your edits are still here.");
    expect(level(form, "Cable")).toHaveValue(85);
    expect(within(form).getByRole("combobox", { name: "Team" })).toHaveValue("Sales");
    expect(api.callsTo("PATCH /api/users/wandabui")[0]?.body).toEqual({
      team: "Sales",
      skills: { Support: 100, Cable: 85 },
      expected: { team: "Customer Service", skills: { Support: 100, Cable: 70 } },
    });
  });

  it("shows the platform's refusal of a skill on the skills", async () => {
    const api = editorApi();
    const message = "The contact center does not know one of these skills. Check their spelling, or remove the new one.";
    api.on("PATCH /api/users/wandabui", problem(404, { detail: message, errors: [{ field: "skills", message }] }));
    const { user, form } = await openWanda();

    await user.type(within(form).getByRole("combobox", { name: "Add a skill" }), "Juggling{Enter}");
    await user.type(level(form, "Juggling"), "10");
    await user.click(within(form).getByRole("button", { name: "Save changes" }));

    expect(await within(form).findByText(message)).toBeInTheDocument();
    expect(within(form).getByRole("list", { name: "Skills" })).toHaveAccessibleDescription(message);
  });
});

describe("leaving with unsaved changes", () => {
  it("asks first: Stay keeps the edits, Leave goes", async () => {
    editorApi();
    const { user, form, currentUrl } = await openWanda();
    await user.selectOptions(within(form).getByRole("combobox", { name: "Team" }), "Billing");

    await user.click(within(screen.getByRole("navigation", { name: "Main" })).getByRole("link", { name: "Directory" }));
    const dialog = await screen.findByRole("dialog", { name: "Leave without saving?" });
    expect(dialog).toHaveTextContent("Your changes to Wanda Bui’s team and skills are not saved yet.");
    await user.click(within(dialog).getByRole("button", { name: "Stay on this page" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(currentUrl()).toBe("/users/wandabui");
    expect(within(form).getByRole("combobox", { name: "Team" })).toHaveValue("Billing");

    await user.click(within(screen.getByRole("navigation", { name: "Main" })).getByRole("link", { name: "Directory" }));
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Leave and discard changes" }));
    await waitFor(() => expect(currentUrl()).toBe("/directory"));
  });

  it("does not ask when nothing was changed, or after Discard", async () => {
    editorApi();
    const { user, form, currentUrl } = await openWanda();
    await user.selectOptions(within(form).getByRole("combobox", { name: "Team" }), "Billing");
    await user.click(within(form).getByRole("button", { name: "Discard changes" }));
    expect(within(form).getByRole("combobox", { name: "Team" })).toHaveValue("Customer Service");

    await user.click(within(screen.getByRole("navigation", { name: "Main" })).getByRole("link", { name: "Directory" }));
    await waitFor(() => expect(currentUrl()).toBe("/directory"));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });
});

describe("someone else changed the user meanwhile", () => {
  const conflict = (current: Partial<User>) =>
    problem(409, {
      type: EDIT_CONFLICT_TYPE,
      title: "Changed by someone else",
      detail: "Someone changed the team of this user since you loaded the page. Reload to see their change, or overwrite it with yours.",
      conflicts: ["team"],
      current: { skills: WANDA.skills, team: "Retention", disabled: false, changePassword: false, ...current },
      lastChange: { actor: "sam", at: "2026-05-04T13:02:07.000Z" },
    });

  it("shows their change beside mine; Overwrite sends mine again with their values as expected", async () => {
    const api = editorApi();
    api.on("PATCH /api/users/wandabui", (request) => (api.callsTo("PATCH /api/users/wandabui").length === 1 ? conflict({}) : json({ ...WANDA, team: (request.body as { team: string }).team })));
    const { user, form } = await openWanda();
    await user.selectOptions(within(form).getByRole("combobox", { name: "Team" }), "Sales");
    await user.click(within(form).getByRole("button", { name: "Save changes" }));

    const dialog = await screen.findByRole("dialog", { name: "Someone else changed this user" });
    expect(dialog).toHaveAccessibleDescription(/sam changed it/);
    expect(dialog).toHaveTextContent("TeamWhen you opened itCustomer ServiceNowRetentionYour changeSales");
    expect(within(dialog).getByRole("button", { name: "Reload and drop my change" })).toHaveFocus();

    await user.click(within(dialog).getByRole("button", { name: "Overwrite with my change" }));
    await screen.findByText("Saved Wanda Bui’s changes over the other ones.");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(api.callsTo("PATCH /api/users/wandabui")[1]?.body).toEqual({
      team: "Sales",
      expected: { skills: WANDA.skills, team: "Retention", disabled: false, changePassword: false },
    });
  });

  it("Reload drops my change and shows theirs", async () => {
    const api = editorApi();
    api.on("PATCH /api/users/wandabui", conflict({}));
    const { user, form } = await openWanda();
    await user.selectOptions(within(form).getByRole("combobox", { name: "Team" }), "Sales");
    await user.click(within(form).getByRole("button", { name: "Save changes" }));
    api.on("GET /api/users/wandabui", json({ ...WANDA, team: "Retention" }));

    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Reload and drop my change" }));

    expect(await screen.findByText("Showing Wanda Bui’s team and skills as they are now.")).toBeInTheDocument();
    expect(within(form).getByRole("combobox", { name: "Team" })).toHaveValue("Retention");
    expect(within(form).getByText("No unsaved changes")).toBeInTheDocument();
    expect(api.callsTo("PATCH /api/users/wandabui")).toHaveLength(1);
  });
});

describe("enable and disable", () => {
  it("disables after a confirmation, sending what the page showed", async () => {
    const api = editorApi("supervisor", { ...WANDA, disabled: false });
    api.on("PATCH /api/users/wandabui", json({ ...WANDA, disabled: true }));
    const { user } = await openWanda();
    const signIn = screen.getByRole("region", { name: "Sign-in" });

    await user.click(within(signIn).getByRole("button", { name: "Disable account…" }));
    const dialog = screen.getByRole("dialog", { name: "Disable Wanda Bui’s account?" });
    expect(within(dialog).getByRole("button", { name: "Cancel" })).toHaveFocus();
    await user.click(within(dialog).getByRole("button", { name: "Disable account" }));

    expect(await screen.findByText("Disabled Wanda Bui’s account.")).toBeInTheDocument();
    expect(within(signIn).getByText("Disabled")).toBeInTheDocument();
    expect(within(signIn).getByRole("button", { name: "Enable account…" })).toHaveFocus();
    expect(api.callsTo("PATCH /api/users/wandabui").map((r) => r.body)).toEqual([{ disabled: true, expected: { disabled: false } }]);
  });
});

describe("what each role sees", () => {
  it("an editor sees the fields the platform fixes at creation as read-only, with a note saying so", async () => {
    editorApi();
    await openWanda();
    const profile = screen.getByRole("region", { name: "Profile" });
    expect(profile).toHaveTextContent("Name, extension, email, phone numbers and roles can’t be changed here: the contact center accepts them only when a user is created.");
    expect(within(profile).queryByRole("textbox")).not.toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Recent changes" })).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Danger zone" })).not.toBeInTheDocument();
  });

  it.each(["viewer", "helpdesk"] as const)("a %s sees no editing, no note, no history", async (role) => {
    const api = editorApi(role);
    renderApp("/users/wandabui");
    await screen.findByRole("heading", { level: 1, name: "Wanda Bui" });
    expect(screen.queryByRole("region", { name: "Team and skills" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /able account…/ })).not.toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Profile" })).not.toHaveTextContent("can’t be changed here");
    expect(screen.queryByRole("region", { name: "Recent changes" })).not.toBeInTheDocument();
    expect(api.callsTo("GET /api/users/wandabui/history")).toHaveLength(0);
    expect(api.callsTo("GET /api/teams")).toHaveLength(0);
  });
});

describe("the user's recent changes", () => {
  it("lists what was done, newest first, in words", async () => {
    const api = editorApi();
    api.on(
      "GET /api/users/wandabui/history",
      json(
        history([
          { id: 3, at: "2026-05-04T13:02:07.000Z", actor: "viewer", action: "user.update", outcome: "refused", reason: "Your role does not allow this.", changes: { before: { disabled: true }, after: { disabled: false } } },
          { id: 2, at: "2026-05-04T12:00:00.000Z", actor: "sam", action: "user.update", outcome: "succeeded", reason: null, changes: { before: { skills: { Support: 100, Cable: 70, Mobile: 10 }, team: "Sales" }, after: { skills: { Support: 100, Cable: 85, Spanish: 40 }, team: "Billing" } } },
          { id: 1, at: "2026-05-01T08:00:00.000Z", actor: "admin", action: "user.create", outcome: "succeeded", reason: null, changes: { after: { team: "Sales", extension: "1072" } } },
        ]),
      ),
    );
    await openWanda();
    const changes = await screen.findByRole("list", { name: "Changes, newest first" });
    const items = within(changes).getAllByRole("listitem").filter((item) => item.parentElement === changes);
    expect(items[0]).toHaveTextContent(/^Changed by viewer refused.*Account: disabled → enabledYour role does not allow this\.$/);
    expect(items[1]).toHaveTextContent("Skills: Cable 70 → 85; removed Mobile; added Spanish 40");
    expect(items[1]).toHaveTextContent("Team: Sales → Billing");
    expect(items[2]).toHaveTextContent(/^Created by admin.*in Salesextension 1072$/);
  });
});

describe("deleting a user (admin)", () => {
  it("asks to type the login; then the user is gone and the Users page opens", async () => {
    const api = editorApi("admin");
    api.on("DELETE /api/users/wandabui", { status: 204 });
    const { user, currentUrl, queryClient } = await openWanda();
    // Fresh in the cache, as after a visit to the Users page: only an invalidation asks again.
    queryClient.setQueryData(directoryQueryOptions().queryKey, PEOPLE);
    const zone = screen.getByRole("region", { name: "Danger zone" });

    await user.click(within(zone).getByRole("button", { name: "Delete user…" }));
    const dialog = screen.getByRole("dialog", { name: "Delete Wanda Bui?" });
    const confirm = within(dialog).getByRole("button", { name: "Delete user" });
    const typed = within(dialog).getByRole("textbox", { name: "Type wandabui to confirm" });
    expect(typed).toHaveFocus();
    expect(confirm).toBeDisabled();
    await user.type(typed, "Wandabui{Enter}");
    expect(confirm).toBeDisabled();
    expect(api.callsTo("DELETE /api/users/wandabui")).toHaveLength(0);

    await user.clear(typed);
    await user.type(typed, "wandabui");
    await user.click(confirm);

    expect(await screen.findByText("Deleted Wanda Bui (wandabui).")).toBeInTheDocument();
    await waitFor(() => expect(currentUrl()).toBe("/users"));
    expect(api.callsTo("DELETE /api/users/wandabui")).toHaveLength(1);
    await waitFor(() => expect(api.callsTo("GET /api/directory")).toHaveLength(1));
  });

  it("leaves unsaved edits behind without asking, since the user is gone", async () => {
    const api = editorApi("admin");
    api.on("DELETE /api/users/wandabui", { status: 204 });
    const { user, form, currentUrl } = await openWanda();
    await user.selectOptions(within(form).getByRole("combobox", { name: "Team" }), "Billing");

    await user.click(within(screen.getByRole("region", { name: "Danger zone" })).getByRole("button", { name: "Delete user…" }));
    await user.type(screen.getByRole("textbox", { name: "Type wandabui to confirm" }), "wandabui{Enter}");

    await waitFor(() => expect(currentUrl()).toBe("/users"));
    expect(screen.queryByRole("dialog", { name: "Leave without saving?" })).not.toBeInTheDocument();
  });

  it("a supervisor has no danger zone", async () => {
    editorApi("supervisor");
    await openWanda();
    expect(screen.queryByRole("button", { name: "Delete user…" })).not.toBeInTheDocument();
  });
});
