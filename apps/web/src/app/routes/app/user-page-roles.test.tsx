import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { directoryQueryOptions } from "@/features/directory/api/get-directory";
import { PEOPLE } from "@/testing/fixtures";
import { json } from "@/testing/mock-api";
import { renderApp } from "@/testing/render-app";
import { editorApi, history, openWanda, WANDA } from "@/testing/user-editing";

// The user page, what each role may do there: enable and disable (supervisor and up), the read-only
// note, recent changes (supervisor and up), and deleting the user (admin).

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
          { id: 4, at: "2026-05-04T14:00:00.000Z", actor: "sam", action: "user.update", outcome: "interrupted", reason: "The server stopped before this finished, so its outcome is unknown; check the platform for its effect.", changes: { before: { team: "Billing" }, after: { team: "Support" } } },
          { id: 3, at: "2026-05-04T13:02:07.000Z", actor: "viewer", action: "user.update", outcome: "refused", reason: "Your role does not allow this.", changes: { before: { disabled: true }, after: { disabled: false } } },
          { id: 2, at: "2026-05-04T12:00:00.000Z", actor: "sam", action: "user.update", outcome: "succeeded", reason: null, changes: { before: { skills: { Support: 100, Cable: 70, Mobile: 10 }, team: "Sales" }, after: { skills: { Support: 100, Cable: 85, Spanish: 40 }, team: "Billing" } } },
          { id: 1, at: "2026-05-01T08:00:00.000Z", actor: "admin", action: "user.create", outcome: "succeeded", reason: null, changes: { after: { team: "Sales", extension: "1072" } } },
        ]),
      ),
    );
    await openWanda();
    const changes = await screen.findByRole("list", { name: "Changes, newest first" });
    const items = within(changes).getAllByRole("listitem").filter((item) => item.parentElement === changes);
    expect(items[0]).toHaveTextContent(/^Changed by sam interrupted – outcome unknown.*Team: Billing → Support.*check the platform for its effect\.$/);
    expect(items[1]).toHaveTextContent(/^Changed by viewer refused.*Account: disabled → enabledYour role does not allow this\.$/);
    expect(items[2]).toHaveTextContent("Skills: Cable 70 → 85; removed Mobile; added Spanish 40");
    expect(items[2]).toHaveTextContent("Team: Sales → Billing");
    expect(items[3]).toHaveTextContent(/^Created by admin.*in Salesextension 1072$/);
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

describe("an unlock on the page", () => {
  it("shows in the recent changes at once", async () => {
    const api = editorApi("supervisor");
    api.on("GET /api/users/wandabui/lock", json({ lockedOut: true }));
    api.on("DELETE /api/users/wandabui/lock", json({ lockedOut: false }));
    const { user } = await openWanda();
    await screen.findByText("No changes through Switchboard yet.");
    api.on(
      "GET /api/users/wandabui/history",
      json(history([{ id: 9, at: new Date().toISOString(), actor: "supervisor", action: "user.unlock", outcome: "succeeded", reason: null, changes: { after: { lockedOut: false } } }])),
    );

    await user.click(await screen.findByRole("button", { name: "Unlock" }));

    const changes = await screen.findByRole("list", { name: "Changes, newest first" });
    expect(changes).toHaveTextContent(/^Unlocked by supervisor/);
  });
});
