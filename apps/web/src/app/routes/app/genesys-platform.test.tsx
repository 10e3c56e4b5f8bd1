import type { Role } from "@switchboard/contracts";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { buildGenesysSession, buildHealth, PEOPLE } from "@/testing/fixtures";
import { json, mockApi } from "@/testing/mock-api";
import { renderApp } from "@/testing/render-app";
import { FRANK } from "@/testing/user-fixtures";

// The console over Genesys: only what the platform's operations allow (issue 13, decision 016).

function genesysApi(role: Role = "admin", session = buildGenesysSession(role)) {
  return mockApi({
    "GET /api/health": json(buildHealth()),
    "GET /api/session": json(session),
    "GET /api/directory": json({ users: PEOPLE }),
    "GET /api/users/frank.zappa": json(FRANK),
    "GET /api/users/frank.zappa/history": json({ records: [], nextCursor: null }),
    "GET /api/skills": json({ skills: [{ name: "Support" }] }),
  });
}

describe("the navigation over Genesys", () => {
  it("has no Teams and no Access numbers, and New user only where the platform creates users", async () => {
    genesysApi("admin");
    renderApp("/directory");

    const nav = await screen.findByRole("navigation", { name: "Main" });
    const labels = within(nav).getAllByRole("link").map((link) => link.textContent);
    expect(labels).toEqual(["Directory", "Users", "New user", "Accounts", "Audit"]);
  });

  it("has no New user on a platform that cannot create users, even for an admin", async () => {
    const session = buildGenesysSession("admin");
    genesysApi("admin", { ...session, capabilities: { ...session.capabilities, operations: ["listDirectory", "getUser"] } });
    renderApp("/directory");

    const nav = await screen.findByRole("navigation", { name: "Main" });
    expect(within(nav).queryByRole("link", { name: "New user" })).not.toBeInTheDocument();
  });
});

describe("pages the platform has no counterpart for", () => {
  it.each([
    ["/teams", "GET /api/teams"],
    ["/access-numbers", "GET /api/access-numbers"],
  ])("%s says it is not available on this platform, inside the shell, and asks for nothing", async (url, route) => {
    const api = genesysApi("viewer");
    renderApp(url);

    expect(await screen.findByRole("heading", { level: 1, name: "Not available on this contact center platform" })).toBeInTheDocument();
    expect(screen.getByRole("navigation", { name: "Main" })).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe("Not available · Switchboard"));
    expect(api.callsTo(route)).toHaveLength(0);
  });

  it("says so on /users/new where the platform cannot create users", async () => {
    const session = buildGenesysSession("admin");
    genesysApi("admin", { ...session, capabilities: { ...session.capabilities, operations: ["listDirectory", "getUser"] } });
    renderApp("/users/new");
    expect(await screen.findByRole("heading", { level: 1, name: "Not available on this contact center platform" })).toBeInTheDocument();
  });
});

describe("a user's page over Genesys", () => {
  it("shows no lock status and no Unlock, and asks for no lock state", async () => {
    const api = genesysApi("admin");
    renderApp("/users/frank.zappa");

    await screen.findByRole("heading", { level: 1, name: "Frank Zappa" });
    const signIn = screen.getByRole("region", { name: "Sign-in" });
    expect(within(signIn).queryByText("Lock", { selector: "dt" })).not.toBeInTheDocument();
    expect(within(signIn).queryByRole("button", { name: "Unlock" })).not.toBeInTheDocument();
    expect(within(signIn).getByRole("button", { name: "Reset password…" })).toBeInTheDocument();
    expect(api.callsTo("GET /api/users/frank.zappa/lock")).toHaveLength(0);
    expect(api.callsTo("GET /api/teams")).toHaveLength(0);
  });

  it("has no Reset password nor Delete where the platform lacks them", async () => {
    const session = buildGenesysSession("admin");
    genesysApi("admin", {
      ...session,
      capabilities: { ...session.capabilities, operations: ["listDirectory", "getUser", "updateUser"] },
    });
    renderApp("/users/frank.zappa");

    await screen.findByRole("heading", { level: 1, name: "Frank Zappa" });
    expect(screen.queryByRole("button", { name: "Reset password…" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Delete/ })).not.toBeInTheDocument();
  });
});
