import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { buildEntry, buildHealth, buildSession, PEOPLE } from "@/testing/fixtures";
import { json, mockApi } from "@/testing/mock-api";
import { renderApp } from "@/testing/render-app";
import { buildUser } from "@/testing/user-fixtures";

const MANY_CHENS = Array.from({ length: 12 }, (_, i) =>
  buildEntry({ loginId: `chen${i + 10}`, firstName: "Li", lastName: `Chen ${i + 10}`, extension: String(3000 + i) }),
);

function searchApi(people = PEOPLE) {
  const api = mockApi({
    "GET /api/health": json(buildHealth()),
    "GET /api/session": json(buildSession("helpdesk", "hana")),
    "GET /api/directory": json({ users: people }),
  });
  for (const person of people) {
    const user = buildUser({ loginId: person.loginId, firstName: person.firstName, lastName: person.lastName });
    api.on(`GET /api/users/${person.loginId}`, json(user));
    api.on(`GET /api/users/${person.loginId}/lock`, json({ lockedOut: false }));
  }
  return api;
}

const search = () => screen.getByRole("combobox", { name: "Find a person" });

describe("the search on every page", () => {
  it("downloads the directory only once someone uses it", async () => {
    const api = searchApi();
    const { user } = renderApp("/users/navarro");
    await screen.findByRole("heading", { level: 1, name: "José Navarro" });
    expect(api.callsTo("GET /api/directory")).toHaveLength(0);

    await user.click(search());
    await waitFor(() => expect(api.callsTo("GET /api/directory")).toHaveLength(1));
  });

  it("is focused by “/” on a page without a search of its own, and the slash is not typed", async () => {
    searchApi();
    const { user } = renderApp("/users/navarro");
    await screen.findByRole("heading", { level: 1, name: "José Navarro" });

    await user.keyboard("/");

    expect(search()).toHaveFocus();
    expect(search()).toHaveValue("");
    expect(search()).toHaveAttribute("aria-keyshortcuts", "/");
  });

  it("leaves “/” alone while someone types in another field", async () => {
    searchApi();
    const { user } = renderApp("/directory");
    const directorySearch = await screen.findByRole("searchbox", { name: "Search the directory" });

    await user.type(directorySearch, "a/b");

    expect(directorySearch).toHaveValue("a/b");
    expect(search()).not.toHaveFocus();
  });

  it("suggests people as one types, highlights the first, and Enter opens the highlighted one", async () => {
    searchApi();
    const { user, currentUrl } = renderApp("/users/navarro");
    await screen.findByRole("heading", { level: 1, name: "José Navarro" });
    await user.click(search());

    await user.keyboard("chen");

    const listbox = await screen.findByRole("listbox", { name: "Suggestions" });
    const options = within(listbox).getAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual(["Wei Chenwchen · ext. 1048", "Amy Chenowethachen · ext. 1050"]);
    expect(search()).toHaveAttribute("aria-expanded", "true");
    expect(search()).toHaveAttribute("aria-activedescendant", options[0]?.id);
    expect(options[0]).toHaveAttribute("aria-selected", "true");

    await user.keyboard("{ArrowDown}");
    expect(search()).toHaveAttribute("aria-activedescendant", options[1]?.id);
    await user.keyboard("{Enter}");

    expect(await screen.findByRole("heading", { level: 1, name: "Amy Chenoweth" })).toBeInTheDocument();
    expect(currentUrl()).toBe("/users/achen");
    expect(search()).toHaveValue("");
    expect(search()).toHaveAttribute("aria-expanded", "false");
  });

  it("finds by extension or DID: “1001” and Enter opens that person", async () => {
    searchApi();
    const { user, currentUrl } = renderApp("/directory");
    await screen.findByRole("heading", { level: 1, name: "Directory" });
    await user.click(search());
    await user.keyboard("1001{Enter}");
    expect(await screen.findByRole("heading", { level: 1, name: "José Navarro" })).toBeInTheDocument();
    expect(currentUrl()).toBe("/users/navarro");

    await user.click(search());
    await user.keyboard("+1 (415) 555");
    await screen.findByRole("option", { name: /José Navarro/ });
  });

  it("opens a suggestion on a click", async () => {
    searchApi();
    const { user } = renderApp("/directory");
    await user.click(await screen.findByRole("combobox", { name: "Find a person" }));
    await user.keyboard("wanda");
    await user.click(await screen.findByRole("option", { name: /Wanda Bui/ }));
    expect(await screen.findByRole("heading", { level: 1, name: "Wanda Bui" })).toBeInTheDocument();
  });

  it("offers the whole list in the Directory when more people match than it suggests", async () => {
    searchApi([...PEOPLE, ...MANY_CHENS]);
    const { user, currentUrl } = renderApp("/users/navarro");
    await screen.findByRole("heading", { level: 1, name: "José Navarro" });
    await user.click(search());
    await user.keyboard("chen");

    const options = await within(await screen.findByRole("listbox", { name: "Suggestions" })).findAllByRole("option");
    expect(options).toHaveLength(9);
    expect(options.at(-1)).toHaveTextContent("Show all 14 in the Directory");
    await user.keyboard("{ArrowUp}{Enter}");

    await waitFor(() => expect(currentUrl()).toBe("/directory?q=chen"));
    expect(await screen.findByText("14 people")).toBeInTheDocument();
  });

  it("says when no one matches, and Escape closes, then clears", async () => {
    searchApi();
    const { user } = renderApp("/directory");
    await user.click(await screen.findByRole("combobox", { name: "Find a person" }));
    await user.keyboard("zzz");

    expect(await screen.findByText("No one matches “zzz”.", { selector: "[aria-live]" })).toBeInTheDocument();
    expect(search()).toHaveAttribute("aria-expanded", "false");

    await user.keyboard("{Escape}");
    expect(search()).toHaveValue("zzz");
    await user.keyboard("{Escape}");
    expect(search()).toHaveValue("");
  });

  it("closes its suggestions when focus leaves it", async () => {
    searchApi();
    const { user } = renderApp("/directory");
    await user.click(await screen.findByRole("combobox", { name: "Find a person" }));
    await user.keyboard("chen");
    await screen.findByRole("listbox");
    fireEvent.blur(search());
    expect(search()).toHaveAttribute("aria-expanded", "false");
  });
});
