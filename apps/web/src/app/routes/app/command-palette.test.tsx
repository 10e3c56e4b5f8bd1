import type { Role } from "@switchboard/contracts";
import { screen, waitFor, within } from "@testing-library/react";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildHealth, buildSession, PEOPLE } from "@/testing/fixtures";
import { json, mockApi, problem } from "@/testing/mock-api";
import { renderApp } from "@/testing/render-app";
import { buildUser } from "@/testing/user-fixtures";

beforeAll(() => {
  // cmdk measures its list and scrolls the selected item into view; jsdom does neither.
  if (!("ResizeObserver" in globalThis)) {
    Object.assign(globalThis, {
      ResizeObserver: class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    });
  }
  if (!("scrollIntoView" in Element.prototype)) Object.assign(Element.prototype, { scrollIntoView() {} });
});

beforeEach(() => window.localStorage.clear());

function paletteApi(role: Role) {
  const api = mockApi({
    "GET /api/health": json(buildHealth()),
    "GET /api/session": json(buildSession(role, "hana")),
    "GET /api/directory": json({ users: PEOPLE }),
  });
  for (const person of PEOPLE) {
    const base = `/api/users/${person.loginId}`;
    api.on(`GET ${base}`, json(buildUser({ loginId: person.loginId, firstName: person.firstName, lastName: person.lastName })));
    api.on(`GET ${base}/lock`, json({ lockedOut: true }));
    api.on(`DELETE ${base}/lock`, json({ lockedOut: false }));
  }
  return api;
}

const palette = () => screen.getByRole("dialog", { name: "Command palette" });
const paletteInput = () => within(palette()).getByRole("combobox");

/** The palette's code is a chunk of its own: the key opens it once that has arrived. */
async function openPalette(user: { keyboard: (keys: string) => Promise<void> }, keys = "{Control>}k{/Control}") {
  await user.keyboard(keys);
  await waitFor(() => expect(paletteInput()).toHaveFocus());
}

describe("the command palette", () => {
  it("opens with Ctrl+K, finds a person by name, login or extension, and opens their page", async () => {
    paletteApi("viewer");
    const { user, currentUrl } = renderApp("/directory");
    await screen.findByText("5 people");

    await openPalette(user);
    await user.keyboard("1050");
    const option = await within(palette()).findByRole("option", { name: /Amy Chenoweth/ });
    expect(option).toHaveAttribute("aria-selected", "true");
    await user.clear(paletteInput());
    await user.keyboard("navarro");
    expect(await within(palette()).findByRole("option", { name: /José Navarro/ })).toHaveAttribute("aria-selected", "true");

    await user.keyboard("{Enter}");

    expect(await screen.findByRole("heading", { level: 1, name: "José Navarro" })).toBeInTheDocument();
    expect(currentUrl()).toBe("/users/navarro");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("goes to a page the role may open, and offers none it may not", async () => {
    paletteApi("viewer");
    const { user, currentUrl } = renderApp("/directory");
    await screen.findByText("5 people");

    await openPalette(user, "{Meta>}k{/Meta}");
    expect(within(palette()).queryByRole("option", { name: "Go to Audit" })).not.toBeInTheDocument();
    await user.keyboard("users");
    await user.click(await within(palette()).findByRole("option", { name: "Go to Users" }));

    await waitFor(() => expect(currentUrl()).toBe("/users"));
  });

  it("unlocks the person shown, with the user page's own mutation, as the helpdesk", async () => {
    const api = paletteApi("helpdesk");
    const { user } = renderApp("/users/wchen");
    await screen.findByRole("heading", { level: 1, name: "Wei Chen" });
    await screen.findByText("Locked");

    await openPalette(user);
    await user.keyboard("unlock");
    await user.click(await within(palette()).findByRole("option", { name: "Unlock Wei Chen" }));

    expect(await screen.findByText("Unlocked Wei Chen’s account.")).toBeInTheDocument();
    expect(api.callsTo("DELETE /api/users/wchen/lock")).toHaveLength(1);
    expect(await screen.findByText("Not locked")).toBeInTheDocument();
  });

  it("asks before resetting a password from the palette, as the user page does", async () => {
    paletteApi("helpdesk");
    const { user } = renderApp("/users/wchen");
    await screen.findByRole("heading", { level: 1, name: "Wei Chen" });

    await openPalette(user);
    await user.click(await within(palette()).findByRole("option", { name: "Reset password of Wei Chen…" }));

    expect(await screen.findByRole("dialog", { name: "Reset the password of Wei Chen" })).toBeInTheDocument();
  });

  it("offers a viewer no unlock and no reset, only opening the person in Users", async () => {
    paletteApi("viewer");
    const { user, currentUrl } = renderApp("/users/wchen");
    await screen.findByRole("heading", { level: 1, name: "Wei Chen" });

    await openPalette(user);
    const actions = within(palette()).getByRole("group", { name: "Actions" });
    expect(within(actions).getAllByRole("option").map((option) => option.textContent)).toEqual(["Open Wei Chen in Users"]);
    await user.click(within(actions).getByRole("option", { name: "Open Wei Chen in Users" }));

    await waitFor(() => expect(currentUrl()).toBe("/users?q=wchen"));
  });

  it("lists the people this account opened last first, the latest on top", async () => {
    paletteApi("viewer");
    const { user } = renderApp("/users/achen");
    await screen.findByRole("heading", { level: 1, name: "Amy Chenoweth" });
    await openPalette(user);
    await user.keyboard("navarro");
    await within(palette()).findByRole("option", { name: /José Navarro/ });
    await user.keyboard("{Enter}");
    await screen.findByRole("heading", { level: 1, name: "José Navarro" });

    await openPalette(user);
    const recent = within(palette()).getByRole("group", { name: "Opened last" });
    expect(within(recent).getAllByRole("option").map((option) => option.textContent)).toEqual(["José Navarronavarro", "Amy Chenowethachen"]);

    await user.keyboard("chen");
    const people = await within(palette()).findByRole("group", { name: "People" });
    expect(within(people).getAllByRole("option").map((option) => option.textContent)).toEqual([
      "Amy Chenowethachen · ext. 1050",
      "Wei Chenwchen · ext. 1048",
    ]);
    expect(window.localStorage.getItem("switchboard.recent-people.hana")).toContain("navarro");
  });

  it("does not remember a login that names no one", async () => {
    const api = paletteApi("viewer");
    api.on("GET /api/users/nobody.here", problem(404, { title: "Not found", detail: "No user named “nobody.here”." }));
    api.on("GET /api/users/nobody.here/lock", problem(404, { title: "Not found", detail: "No user named “nobody.here”." }));
    const { user } = renderApp("/users/nobody.here");
    await screen.findByRole("heading", { level: 1, name: "No such user" });

    await openPalette(user);

    expect(within(palette()).queryByRole("group", { name: "Opened last" })).not.toBeInTheDocument();
    expect(window.localStorage.getItem("switchboard.recent-people.hana")).toBeNull();
  });
});
