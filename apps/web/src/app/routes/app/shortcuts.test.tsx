import type { Role } from "@switchboard/contracts";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { buildAuditPage } from "@/testing/admin-fixtures";
import { ACCESS_NUMBERS } from "@/testing/catalog-fixtures";
import { buildHealth, buildSession, PEOPLE } from "@/testing/fixtures";
import { json, mockApi } from "@/testing/mock-api";
import { renderApp } from "@/testing/render-app";
import { buildUser } from "@/testing/user-fixtures";
import { buildIndex } from "@/testing/user-index-fixtures";

function shortcutsApi(role: Role) {
  const api = mockApi({
    "GET /api/health": json(buildHealth()),
    "GET /api/session": json(buildSession(role, "hana")),
    "GET /api/directory": json({ users: PEOPLE }),
    "GET /api/users/navarro": json(buildUser({ loginId: "navarro", firstName: "José", lastName: "Navarro" })),
    "GET /api/users/navarro/lock": json({ lockedOut: false }),
    "GET /api/users": json(buildIndex([])),
    "GET /api/audit": json(buildAuditPage([])),
    "GET /api/access-numbers": json({ accessNumbers: ACCESS_NUMBERS }),
  });
  return api;
}

describe("the keyboard shortcuts", () => {
  it("“/” goes to the page's own search, selecting what it holds, so typing replaces it", async () => {
    shortcutsApi("viewer");
    const { user, currentUrl } = renderApp("/directory?q=wei");
    await screen.findByText("1 person");

    await user.keyboard("/");
    const search = screen.getByRole("searchbox", { name: "Search the directory" });
    expect(search).toHaveFocus();
    await user.keyboard("navarro");
    expect(search).toHaveValue("navarro");
    await waitFor(() => expect(currentUrl()).toBe("/directory?q=navarro"));
    expect(screen.getByRole("combobox", { name: "Find a person" })).not.toHaveAttribute("aria-keyshortcuts");
    expect(search).toHaveAttribute("aria-keyshortcuts", "/");
  });

  it.each([
    ["/users", "searchbox", "Search users"],
    ["/access-numbers", "searchbox", "Search access numbers"],
    ["/audit", "textbox", "Actor"],
  ] as const)("“/” on %s goes to its own search", async (url, role, name) => {
    shortcutsApi("admin");
    const { user } = renderApp(url);
    const search = await screen.findByRole(role, { name });

    await user.keyboard("/");
    expect(search).toHaveFocus();
    expect(search).toHaveValue("");
  });

  it("“/” goes to the search for a person on a page without a search of its own, also once one with a search is left", async () => {
    shortcutsApi("viewer");
    const { user } = renderApp("/directory");
    await user.click(await screen.findByRole("link", { name: "José Navarro" }));
    await screen.findByRole("heading", { level: 1, name: "José Navarro" });

    await user.keyboard("/");
    const search = screen.getByRole("combobox", { name: "Find a person" });
    expect(search).toHaveFocus();
    expect(search).toHaveValue("");
    expect(search).toHaveAttribute("aria-keyshortcuts", "/");
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
      "/Go to the page’s search (Find a person on a page without one)",
      "gthendGo to Directory",
      "gthenuGo to Users",
      "?Show these shortcuts",
    ]);
    expect(within(dialog).getByRole("button", { name: "Close" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });
});
