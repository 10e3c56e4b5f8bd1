import type { DirectoryEntry, Role, UserIndexRow } from "@switchboard/contracts";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { buildEntry, buildHealth, buildSession } from "@/testing/fixtures";
import { json, mockApi, type MockReply } from "@/testing/mock-api";
import { renderApp } from "@/testing/render-app";
import { buildIndex, buildIndexRow, buildIndexStatus } from "@/testing/user-index-fixtures";

// The users list's Team and Skills columns and filters, from the user index (GET /api/users).

const PEOPLE: Array<[DirectoryEntry, UserIndexRow]> = [
  ["ana", "Ana", "Diaz", "Sales", { French: 85, English: 60 }],
  ["bo", "Bo", "Berg", "Sales", { French: 30 }],
  ["cy", "Cy", "Chu", "Support", { French: 75, Billing: 50 }],
  ["di", "Di", "Dunn", null, { English: 95 }],
].map(([loginId, firstName, lastName, team, skills]) => [
  buildEntry({ loginId: loginId as string, firstName: firstName as string, lastName: lastName as string }),
  buildIndexRow({ loginId: loginId as string, firstName: firstName as string, lastName: lastName as string, team: team as string | null, skills: skills as Record<string, number> }),
]);

function indexApi(role: Role = "supervisor", index: MockReply = json(buildIndex(PEOPLE.map(([, row]) => row)))) {
  return mockApi({
    "GET /api/health": json(buildHealth()),
    "GET /api/session": json(buildSession(role)),
    "GET /api/directory": json({ users: PEOPLE.map(([entry]) => entry) }),
    "GET /api/users": index,
  });
}

function shownLogins() {
  return within(screen.getByRole("table", { name: "Users" }))
    .getAllByRole("row")
    .slice(1)
    .map((row) => within(row).getAllByRole("cell")[1]?.textContent);
}

describe("the Users page's team and skill filters", () => {
  it("filters by team from the index's teams, with the filter in the address", async () => {
    indexApi();
    const { user, currentUrl } = renderApp("/users");
    await screen.findByText("4 users");
    const team = screen.getByRole("combobox", { name: "Team" });
    expect(within(team).getAllByRole("option").map((option) => option.textContent)).toEqual(["Every team", "No team", "Sales", "Support"]);

    await user.selectOptions(team, "Sales");

    await waitFor(() => expect(shownLogins()).toEqual(["bo", "ana"]));
    expect(currentUrl()).toBe("/users?team=Sales");
    await user.selectOptions(team, "No team");
    await waitFor(() => expect(shownLogins()).toEqual(["di"]));
    expect(currentUrl()).toBe("/users?team=-");
  });

  it("filters by skill and level band; the band waits for a skill", async () => {
    indexApi();
    const { user, currentUrl } = renderApp("/users");
    await screen.findByText("4 users");
    const level = screen.getByRole("combobox", { name: "Level" });
    expect(level).toBeDisabled();

    await user.selectOptions(screen.getByRole("combobox", { name: "Skill" }), "French");
    await waitFor(() => expect(shownLogins()).toEqual(["bo", "cy", "ana"]));
    expect(level).toBeEnabled();
    await user.selectOptions(level, "Level 70–100");

    await waitFor(() => expect(shownLogins()).toEqual(["cy", "ana"]));
    expect(currentUrl()).toBe("/users?skill=French&band=high");
    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    await waitFor(() => expect(shownLogins()).toHaveLength(4));
    expect(currentUrl()).toBe("/users");
  });

  it("opens a bookmarked filter, combined with a search, and says when no one matches", async () => {
    indexApi();
    const { user } = renderApp("/users?team=Sales&skill=French&band=high&q=a");

    await waitFor(() => expect(shownLogins()).toEqual(["ana"]));
    expect(screen.getByRole("combobox", { name: "Team" })).toHaveValue("Sales");
    expect(screen.getByRole("combobox", { name: "Skill" })).toHaveValue("French");
    expect(screen.getByRole("combobox", { name: "Level" })).toHaveValue("high");

    await user.selectOptions(screen.getByRole("combobox", { name: "Level" }), "Level 40–69");
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("No user matches “a”"));
    await user.clear(screen.getByRole("searchbox", { name: "Search users" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("No user matches these filters"));
  });

  it("shows how old the index is, and lets a supervisor refresh it, following its progress", async () => {
    const api = indexApi();
    let polls = 0;
    api.on("POST /api/users/index/refresh", json(buildIndexStatus({ state: "filling", done: 0, total: 20_000 }), 202));
    api.on("GET /api/users/index/status", () => {
      polls += 1;
      return json(polls < 2 ? buildIndexStatus({ state: "filling", done: 1_234, total: 20_000 }) : buildIndexStatus({ indexedAt: new Date().toISOString(), done: 20_000, total: 20_000 }));
    });
    const { user } = renderApp("/users");
    expect(await screen.findByText(/^Teams and skills as read/)).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Refresh" }));

    expect(await screen.findByText("Reading users: 1,234 of 20,000")).toBeInTheDocument();
    expect(screen.getByRole("progressbar", { name: "Reading users: 1,234 of 20,000" })).toHaveAttribute("value", "1234");
    expect(await screen.findByText("Teams and skills as read just now.")).toBeInTheDocument();
    await waitFor(() => expect(api.callsTo("GET /api/users").length).toBeGreaterThanOrEqual(2));
    expect(api.callsTo("POST /api/users/index/refresh")).toHaveLength(1);
  });

  it("offers no Refresh to a viewer, and says which users could not be read", async () => {
    indexApi("viewer", json(buildIndex(PEOPLE.map(([, row]) => row), { failed: 3 })));
    renderApp("/users");

    expect(await screen.findByText("3 users could not be read; refresh to try again.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Refresh" })).not.toBeInTheDocument();
  });

  it("shows an account scoped to teams the share of the tenant read, not a count of the tenant's users", async () => {
    // As the BFF answers a scoped account (decision 023): `percent`, no `done` of `total`.
    const scoped = { state: "filling", indexedAt: null, percent: 0, failed: 0 };
    const api = indexApi("supervisor", json({ ...scoped, users: [] }));
    const session = buildSession("supervisor");
    api.on("GET /api/session", json({ ...session, account: { ...session.account, teams: ["Sales"] } }));
    api.on("GET /api/users/index/status", json({ ...scoped, percent: 35 }));
    renderApp("/users");

    const progress = await screen.findByRole("progressbar", { name: "Reading users: 35% done" });
    expect(progress).toHaveAttribute("value", "35");
    expect(progress).toHaveAttribute("max", "100");
    expect(screen.queryByText(/Reading users: .* of /)).not.toBeInTheDocument();
  });

  it("lists the directory at once while the index is first read, and shows the progress", async () => {
    const api = indexApi("supervisor", json(buildIndex([], { state: "filling", indexedAt: null, done: 12, total: 4 })));
    api.on("GET /api/users/index/status", json(buildIndexStatus({ state: "filling", indexedAt: null, done: 2, total: 4 })));
    renderApp("/users");

    expect(await screen.findByText("4 users")).toBeInTheDocument();
    expect(await screen.findByText("Reading users: 2 of 4")).toBeInTheDocument();
    const ana = screen.getByRole("link", { name: "Ana Diaz" }).closest("[role=row]") as HTMLElement;
    expect(ana).toHaveTextContent("Not read yet");
  });
});
