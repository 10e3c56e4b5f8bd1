import type { DirectoryEntry, Role } from "@switchboard/contracts";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { buildEntry, buildHealth, buildSession } from "@/testing/fixtures";
import { json, mockApi, problem, type MockReply } from "@/testing/mock-api";
import { renderApp } from "@/testing/render-app";
import { buildIndex, buildIndexRow } from "@/testing/user-index-fixtures";
import { buildUser } from "@/testing/user-fixtures";

/** Extensions and DIDs of several lengths, so that text order and numeric order differ. */
const USERS: DirectoryEntry[] = [
  buildEntry({ loginId: "wchen", firstName: "Wei", lastName: "Chen", extension: "1048", did: "16505555555" }),
  buildEntry({ loginId: "li.chen10", firstName: "Li", lastName: "Chen", extension: "10010", did: null }),
  buildEntry({ loginId: "achen", firstName: "Amy", lastName: "Chenoweth", extension: "999", did: "442071234567" }),
  buildEntry({ loginId: "navarro", firstName: "José", lastName: "Navarro", extension: "1001", did: "14155550123" }),
  buildEntry({ loginId: "wandabui", firstName: "Wanda", lastName: "Bui", extension: null, did: null }),
];

function usersApi(role: Role = "supervisor", directory: MockReply = json({ users: USERS })) {
  return mockApi({
    "GET /api/health": json(buildHealth()),
    "GET /api/session": json(buildSession(role)),
    "GET /api/directory": directory,
    "GET /api/users": json(buildIndex([buildIndexRow({ loginId: "wchen", team: "Billing", skills: { English: 90, Billing: 70, Spanish: 40, Chat: 10 } })])),
  });
}

function table() {
  return screen.getByRole("table", { name: "Users" });
}

/** Each row's login, in the order shown. */
function shownLogins() {
  return within(table())
    .getAllByRole("row")
    .slice(1)
    .map((row) => within(row).getAllByRole("cell")[1]?.textContent);
}

function header(name: string) {
  return within(table()).getByRole("columnheader", { name: new RegExp(`^${name}`) });
}

function sortButton(name: string) {
  return within(header(name)).getByRole("button", { name: new RegExp(`^${name}`) });
}

describe("the Users page", () => {
  it("lists every user by name, with a count, sorted by the Name column", async () => {
    usersApi();
    renderApp("/users");

    expect(await screen.findByRole("heading", { level: 1, name: "Users" })).toBeInTheDocument();
    expect(await screen.findByRole("status")).toHaveTextContent("5 users");
    expect(shownLogins()).toEqual(["wandabui", "li.chen10", "wchen", "achen", "navarro"]);
    expect(header("Name")).toHaveAttribute("aria-sort", "ascending");
    for (const other of ["Login", "Extension", "Direct number"]) expect(header(other)).not.toHaveAttribute("aria-sort");
    expect(table()).toHaveAttribute("aria-rowcount", "6");
    await waitFor(() => expect(document.title).toBe("Users · Switchboard"));
  });

  it("shows each user's name, login, extension and direct number, formatted, with a dash for none", async () => {
    usersApi();
    renderApp("/users");
    await screen.findByText("5 users");

    const wei = within(table()).getByRole("link", { name: "Wei Chen" }).closest("[role=row]") as HTMLElement;
    await within(wei).findByText("Billing");
    expect(within(wei).getAllByRole("cell").map((cell) => cell.textContent)).toEqual([
      "Wei Chen",
      "wchen",
      "Ext.1048",
      "Direct number+1 650-555-5555",
      "TeamBilling",
      "SkillsEnglish 90, Billing 70, Spanish 40 +1 more",
    ]);
    const wanda = within(table()).getByRole("link", { name: "Wanda Bui" }).closest("[role=row]") as HTMLElement;
    expect(wanda).toHaveTextContent("No extension");
    expect(wanda).toHaveTextContent("No direct number");
  });

  it("sorts by extension numerically, then the other way round, with the sort in the address", async () => {
    usersApi();
    const { user, router, currentUrl } = renderApp("/users");
    await screen.findByText("5 users");

    await user.click(sortButton("Extension"));

    await waitFor(() => expect(shownLogins()).toEqual(["achen", "navarro", "wchen", "li.chen10", "wandabui"]));
    expect(header("Extension")).toHaveAttribute("aria-sort", "ascending");
    expect(header("Name")).not.toHaveAttribute("aria-sort");
    expect(currentUrl()).toBe("/users?sort=extension");
    expect(router.state.historyAction).toBe("REPLACE");

    await user.click(sortButton("Extension"));

    // Highest first; whoever has no extension stays last.
    await waitFor(() => expect(shownLogins()).toEqual(["li.chen10", "wchen", "navarro", "achen", "wandabui"]));
    expect(header("Extension")).toHaveAttribute("aria-sort", "descending");
    expect(currentUrl()).toBe("/users?sort=extension&dir=desc");
  });

  it("sorts by login and by direct number, each way, keeping ties and blanks in name order", async () => {
    usersApi();
    const { user, currentUrl } = renderApp("/users");
    await screen.findByText("5 users");

    await user.click(sortButton("Login"));
    await waitFor(() => expect(shownLogins()).toEqual(["achen", "li.chen10", "navarro", "wandabui", "wchen"]));
    await user.click(sortButton("Login"));
    await waitFor(() => expect(shownLogins()).toEqual(["wchen", "wandabui", "navarro", "li.chen10", "achen"]));

    await user.click(sortButton("Direct number"));
    await waitFor(() => expect(shownLogins()).toEqual(["navarro", "wchen", "achen", "wandabui", "li.chen10"]));
    expect(currentUrl()).toBe("/users?sort=did");
    await user.click(sortButton("Direct number"));
    await waitFor(() => expect(shownLogins()).toEqual(["achen", "wchen", "navarro", "wandabui", "li.chen10"]));

    await user.click(sortButton("Name"));
    await waitFor(() => expect(shownLogins()).toEqual(["wandabui", "li.chen10", "wchen", "achen", "navarro"]));
    expect(currentUrl()).toBe("/users");
    await user.click(sortButton("Name"));
    await waitFor(() => expect(shownLogins()).toEqual(["navarro", "achen", "wchen", "li.chen10", "wandabui"]));
    expect(header("Name")).toHaveAttribute("aria-sort", "descending");
  });

  it("narrows the list as the person types, keeping the sort, with both in the address", async () => {
    usersApi();
    const { user, currentUrl } = renderApp("/users?sort=extension&dir=desc");
    const search = await screen.findByRole("searchbox", { name: "Search users" });
    await screen.findByText("5 users");

    await user.type(search, "chen");

    await waitFor(() => expect(shownLogins()).toEqual(["li.chen10", "wchen", "achen"]));
    expect(screen.getByText("3 users")).toBeInTheDocument();
    await waitFor(() => expect(currentUrl()).toBe("/users?sort=extension&dir=desc&q=chen"));
    expect(header("Extension")).toHaveAttribute("aria-sort", "descending");
  });

  it("opens a shared link with its search and sort", async () => {
    usersApi();
    renderApp("/users?q=chen&sort=extension&dir=desc");

    expect(await screen.findByRole("searchbox", { name: "Search users" })).toHaveValue("chen");
    await waitFor(() => expect(shownLogins()).toEqual(["li.chen10", "wchen", "achen"]));
    expect(header("Extension")).toHaveAttribute("aria-sort", "descending");
  });

  it("keeps what was just typed when a column is sorted before the address caught up", async () => {
    usersApi();
    const { user, currentUrl } = renderApp("/users");
    const search = await screen.findByRole("searchbox", { name: "Search users" });
    await screen.findByText("5 users");

    await user.type(search, "chen");
    await user.click(sortButton("Extension"));

    // Which of the two lands in the address first depends on how fast the typing was; both must.
    await waitFor(() => {
      const url = new URL(currentUrl(), "http://localhost");
      expect(url.pathname).toBe("/users");
      expect(Object.fromEntries(url.searchParams)).toEqual({ q: "chen", sort: "extension" });
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(search).toHaveValue("chen");
    expect(shownLogins()).toEqual(["achen", "wchen", "li.chen10"]);
  });

  it("ignores a sort it does not know, and sorts by name", async () => {
    usersApi();
    renderApp("/users?sort=salary&dir=up");
    await screen.findByText("5 users");
    expect(header("Name")).toHaveAttribute("aria-sort", "ascending");
    expect(shownLogins()).toEqual(["wandabui", "li.chen10", "wchen", "achen", "navarro"]);
  });

  it("opens the user's page from the row", async () => {
    const api = usersApi();
    api.on("GET /api/users/navarro", json(buildUser({ loginId: "navarro", firstName: "José", lastName: "Navarro" })));
    api.on("GET /api/users/navarro/lock", json({ lockedOut: false }));
    const { user, currentUrl } = renderApp("/users?q=navarro");
    await waitFor(() => expect(shownLogins()).toEqual(["navarro"]));

    await user.click(within(table()).getByRole("link", { name: "José Navarro" }));

    expect(await screen.findByRole("heading", { level: 1, name: "José Navarro" })).toBeInTheDocument();
    expect(currentUrl()).toBe("/users/navarro");
  });

  it("says so when no one matches, and when there is no one at all", async () => {
    const api = usersApi();
    const { user } = renderApp("/users");
    await user.type(await screen.findByRole("searchbox", { name: "Search users" }), "xyz");
    expect(await screen.findByText("No user matches “xyz”")).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();

    api.on("GET /api/directory", json({ users: [] }));
    renderApp("/users");
    expect(await screen.findByText("There are no users yet.")).toBeInTheDocument();
  });

  it("shows a loading state, then the users", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const api = usersApi();
    api.on("GET /api/directory", async () => {
      await gate;
      return json({ users: USERS });
    });
    renderApp("/users");

    expect(await screen.findByText("Loading users…")).toBeInTheDocument();
    release();
    expect(await screen.findByText("5 users")).toBeInTheDocument();
  });

  it("explains a failure and tries again on request", async () => {
    const api = usersApi("supervisor", problem(502, { title: "Contact center unavailable", detail: "The contact center could not complete the request. Try again in a moment." }));
    const { user } = renderApp("/users");

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The users could not be loaded");
    expect(alert).toHaveTextContent("The contact center could not complete the request.");

    api.on("GET /api/directory", json({ users: USERS }));
    await user.click(within(alert).getByRole("button", { name: "Try again" }));

    expect(await screen.findByText("5 users")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});

describe("the navigation", () => {
  it.each(["viewer", "helpdesk", "supervisor", "admin"] as const)("offers a %s Users, Teams and Access numbers", async (role) => {
    usersApi(role);
    renderApp("/users");
    const nav = await screen.findByRole("navigation", { name: "Main" });
    for (const page of ["Users", "Teams", "Access numbers"]) expect(within(nav).getByRole("link", { name: page })).toBeInTheDocument();
    expect(within(nav).getByRole("link", { name: "Users" })).toHaveAttribute("aria-current", "page");
  });
});
