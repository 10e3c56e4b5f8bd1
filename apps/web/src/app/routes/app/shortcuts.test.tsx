import type { Role } from "@switchboard/contracts";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { buildHealth, buildSession, PEOPLE } from "@/testing/fixtures";
import { json, mockApi } from "@/testing/mock-api";
import { renderApp } from "@/testing/render-app";
import { buildUser } from "@/testing/user-fixtures";

function shortcutsApi(role: Role) {
  const api = mockApi({
    "GET /api/health": json(buildHealth()),
    "GET /api/session": json(buildSession(role, "hana")),
    "GET /api/directory": json({ users: PEOPLE }),
    "GET /api/users/navarro": json(buildUser({ loginId: "navarro", firstName: "José", lastName: "Navarro" })),
    "GET /api/users/navarro/lock": json({ lockedOut: false }),
  });
  return api;
}

describe("the keyboard shortcuts", () => {
  it("“/” goes to the search for a person, on every page", async () => {
    shortcutsApi("viewer");
    const { user } = renderApp("/directory");
    await screen.findByText("5 people");

    await user.keyboard("/");
    expect(screen.getByRole("combobox", { name: "Find a person" })).toHaveFocus();
    expect(screen.getByRole("combobox", { name: "Find a person" })).toHaveValue("");
  });

  it("“g” then d, u or a goes to the Directory, Users or Audit, for a role that may open them", async () => {
    shortcutsApi("admin");
    const { user, currentUrl } = renderApp("/users/navarro");
    await screen.findByRole("heading", { level: 1, name: "José Navarro" });

    await user.keyboard("gu");
    await waitFor(() => expect(currentUrl()).toBe("/users"));
    await user.keyboard("ga");
    await waitFor(() => expect(currentUrl()).toBe("/audit"));
    await user.keyboard("gd");
    await waitFor(() => expect(currentUrl()).toBe("/directory"));
  });

  it("does not take a viewer to the Audit", async () => {
    shortcutsApi("viewer");
    const { user, currentUrl } = renderApp("/users/navarro");
    await screen.findByRole("heading", { level: 1, name: "José Navarro" });

    await user.keyboard("ga");
    expect(currentUrl()).toBe("/users/navarro");
    await user.keyboard("gd");
    await waitFor(() => expect(currentUrl()).toBe("/directory"));
  });

  it("fires none while the person types in a field, or holds a modifier", async () => {
    shortcutsApi("admin");
    const { user, currentUrl } = renderApp("/directory");
    const search = await screen.findByRole("searchbox", { name: "Search the directory" });

    await user.type(search, "gu?/");
    expect(search).toHaveValue("gu?/");
    await waitFor(() => expect(currentUrl()).toBe("/directory?q=gu%3F%2F"));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();

    search.blur();
    await user.keyboard("{Alt>}g{/Alt}u{Control>}?{/Control}");
    expect(currentUrl()).toBe("/directory?q=gu%3F%2F");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("“?” lists every shortcut the role has in a dialog, and Escape closes it", async () => {
    shortcutsApi("helpdesk");
    const { user } = renderApp("/directory");
    await screen.findByText("5 people");

    await user.keyboard("?");

    const dialog = await screen.findByRole("dialog", { name: "Keyboard shortcuts" });
    const rows = within(dialog).getAllByRole("row").slice(1).map((row) => row.textContent);
    expect(rows).toEqual([
      "Ctrl KOpen the command palette (⌘ K on a Mac)",
      "/Go to the search for a person",
      "gthendGo to Directory",
      "gthenuGo to Users",
      "?Show these shortcuts",
    ]);
    expect(within(dialog).getByRole("button", { name: "Close" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });
});
