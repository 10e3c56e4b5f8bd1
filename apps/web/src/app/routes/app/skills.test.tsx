import type { Role, Session } from "@switchboard/contracts";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { buildEntry, buildGenesysSession, buildHealth, buildSession } from "@/testing/fixtures";
import { json, mockApi, type MockReply } from "@/testing/mock-api";
import { renderApp } from "@/testing/render-app";
import { buildIndex, buildIndexRow } from "@/testing/user-index-fixtures";

// The skills coverage page (/skills): skills × teams from the user index, thin skills first.

const ROWS = [
  buildIndexRow({ loginId: "ana", firstName: "Ana", lastName: "Diaz", team: "Sales", skills: { French: 85, English: 60 } }),
  buildIndexRow({ loginId: "bo", firstName: "Bo", lastName: "Berg", team: "Sales", skills: { French: 30, English: 90 } }),
  buildIndexRow({ loginId: "cy", firstName: "Cy", lastName: "Chu", team: "Support", skills: { French: 75, English: 80 } }),
  buildIndexRow({ loginId: "di", firstName: "Di", lastName: "Dunn", team: null, skills: { English: 95 } }),
];

function coverageApi(role: Role = "supervisor", index: MockReply = json(buildIndex(ROWS)), session: Session = buildSession(role)) {
  return mockApi({
    "GET /api/health": json(buildHealth()),
    "GET /api/session": json(session),
    "GET /api/users": index,
    "GET /api/directory": json({ users: ROWS.map(({ loginId, firstName, lastName }) => buildEntry({ loginId, firstName, lastName })) }),
  });
}

function table() {
  return screen.getByRole("table");
}

/** What the eye reads: the text without what is there for screen readers only. */
function visibleText(element: HTMLElement): string {
  const copy = element.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll(".sr-only")) hidden.remove();
  return copy.textContent.trim();
}

/** A skill's counts as shown, team by team then the total: the count, then its split at 1–39 · 40–69 · 70–100. */
function rowOf(skill: string): string[] {
  const header = within(table()).getByRole("rowheader", { name: new RegExp(`^${skill}`) });
  const row = header.closest("tr") as HTMLElement;
  return within(row).getAllByRole("link").map(visibleText);
}

describe("the Skills coverage page", () => {
  it("maps each skill against each team and no team, split by level band, with totals and team sizes", async () => {
    coverageApi();
    renderApp("/skills");

    expect(await screen.findByRole("heading", { level: 1, name: "Skills coverage" })).toBeInTheDocument();
    await screen.findByRole("table");
    const headers = within(table()).getAllByRole("columnheader").map((header) => header.textContent);
    expect(headers).toEqual(["Skill", "Sales2 people", "Support1 person", "No team1 person", "All teams"]);
    expect(rowOf("English")).toEqual(["2 0 · 1 · 1", "1 0 · 0 · 1", "1 0 · 0 · 1", "4 0 · 1 · 3"]);
    expect(rowOf("French")).toEqual(["2 1 · 0 · 1", "1 0 · 0 · 1", "0", "3 1 · 0 · 2"]);
    expect(screen.getByRole("status")).toHaveTextContent("2 skills across 4 people");
    expect(within(table()).getByRole("link", { name: "2 people with French at any level in Sales (1 at 1–39, 0 at 40–69, 1 at 70–100): list them" })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe("Skills coverage · Switchboard"));
  });

  it("names the thin skills first: fewer than 3 people at 70–100", async () => {
    coverageApi();
    renderApp("/skills");

    const thin = await screen.findByRole("region", { name: "Thin skills: fewer than 3 people at 70–100" });
    expect(within(thin).getByRole("link", { name: "French" })).toHaveAttribute("href", "/users?skill=French&band=high");
    expect(within(thin).queryByRole("link", { name: "English" })).not.toBeInTheDocument();
    expect(within(table()).getByRole("rowheader", { name: /^French/ })).toHaveTextContent("Thin");
  });

  it("counts one band when asked, in the address, and each count links to the users it counts", async () => {
    coverageApi();
    const { user, currentUrl } = renderApp("/skills");
    await screen.findByRole("table");

    await user.selectOptions(screen.getByRole("combobox", { name: "Count people at" }), "Level 70–100");

    await waitFor(() => expect(currentUrl()).toBe("/skills?band=high"));
    const cell = within(table()).getByRole("link", { name: "1 person with French at level 70–100 in Sales: list them" });
    expect(cell).toHaveAttribute("href", "/users?team=Sales&skill=French&band=high");
    expect(within(table()).getByRole("link", { name: "1 person with English at level 70–100 in No team: list them" })).toHaveAttribute("href", "/users?team=-&skill=English&band=high");
  });

  it("drills down: a cell opens the users list filtered to it", async () => {
    coverageApi();
    const { user, currentUrl } = renderApp("/skills?band=high");
    await screen.findByRole("table");

    await user.click(within(table()).getByRole("link", { name: "1 person with French at level 70–100 in Sales: list them" }));

    await waitFor(() => expect(currentUrl()).toBe("/users?team=Sales&skill=French&band=high"));
    const users = await screen.findByRole("table", { name: "Users" });
    await waitFor(() => expect(within(users).getAllByRole("row")).toHaveLength(2));
    expect(within(users).getByRole("link", { name: "Ana Diaz" })).toBeInTheDocument();
  });

  it("has one All users column on a platform without teams (Genesys)", async () => {
    coverageApi("supervisor", json(buildIndex(ROWS.map((row) => ({ ...row, team: null })))), buildGenesysSession("supervisor"));
    renderApp("/skills");

    await screen.findByRole("table");
    expect(within(table()).getAllByRole("columnheader").map((header) => header.textContent)).toEqual(["Skill", "All users4 people"]);
    expect(rowOf("English")).toEqual(["4 0 · 1 · 3"]);
  });

  it("says when nobody holds a skill, and while the users are first read", async () => {
    coverageApi("supervisor", json(buildIndex([buildIndexRow({ loginId: "ana" })])));
    renderApp("/skills");
    expect(await screen.findByText("No user holds a skill yet.")).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("shows the first fill's progress instead of an empty map", async () => {
    const api = coverageApi("supervisor", json(buildIndex([], { state: "filling", indexedAt: null, done: 0, total: 20_000 })));
    api.on("GET /api/users/index/status", json({ state: "filling", indexedAt: null, done: 1_234, total: 20_000, failed: 0 }));
    renderApp("/skills");
    expect(await screen.findByText("The users are being read for the first time; the map fills when they are.")).toBeInTheDocument();
    expect(await screen.findByText("Reading users: 1,234 of 20,000")).toBeInTheDocument();
  });

  it("is in the navigation of supervisors and admins only", async () => {
    coverageApi("helpdesk");
    renderApp("/skills");
    expect(await screen.findByRole("heading", { level: 1, name: "You don’t have access to this page" })).toBeInTheDocument();
    expect(within(screen.getByRole("navigation", { name: "Main" })).queryByRole("link", { name: "Skills" })).not.toBeInTheDocument();
  });
});
