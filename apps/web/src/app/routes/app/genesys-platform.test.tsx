import type { Role } from "@switchboard/contracts";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { buildEntry, buildGenesysSession, buildHealth, buildSession, PEOPLE } from "@/testing/fixtures";
import { json, mockApi } from "@/testing/mock-api";
import { renderApp } from "@/testing/render-app";
import { buildUser, FRANK } from "@/testing/user-fixtures";

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
    expect(labels).toEqual(["Directory", "Users", "Skills", "New user", "Accounts", "Audit"]);
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

const GENESYS_FRANK = buildUser({
  loginId: "frank.zappa",
  firstName: "Frank",
  lastName: "Zappa",
  team: null,
  extension: null,
  doNotDisturb: true,
  devices: [
    { id: "d1", phoneNumber: "+14155550123", active: true, doNotDisturb: false, forwardTo: null, type: "Softphone" },
    { id: "d2", phoneNumber: "5551234", active: false, doNotDisturb: true, forwardTo: "+14155550199", type: "Mobile" },
  ],
});

function detail(region: HTMLElement, term: string) {
  const dd = within(region).getByText(term, { selector: "dt" }).nextElementSibling;
  if (!(dd instanceof HTMLElement)) throw new Error(`no value for ${term}`);
  return dd;
}

describe("devices and do not disturb", () => {
  it("lists a Genesys user's devices: number to call, state, DND, forwarding and type; and the person's DND", async () => {
    const api = genesysApi("viewer");
    api.on("GET /api/users/frank.zappa", json(GENESYS_FRANK));
    renderApp("/users/frank.zappa");

    await screen.findByRole("heading", { level: 1, name: "Frank Zappa" });
    const devices = screen.getByRole("region", { name: "Devices" });
    const [softphone, mobile] = within(devices).getAllByRole("listitem");
    if (!softphone || !mobile) throw new Error("two devices expected");
    expect(within(softphone).getByRole("link", { name: "+1 415-555-0123" })).toHaveAttribute("href", "tel:+14155550123");
    expect(detail(softphone, "State")).toHaveTextContent("Active");
    expect(detail(softphone, "Do not disturb")).toHaveTextContent("Off");
    expect(detail(softphone, "Forwarded to")).toHaveTextContent("Not forwarded");
    expect(detail(softphone, "Type")).toHaveTextContent("Softphone");
    expect(within(mobile).getByRole("link", { name: "5551234" })).toHaveAttribute("href", "tel:5551234");
    expect(detail(mobile, "State")).toHaveTextContent("Not active");
    expect(detail(mobile, "Do not disturb")).toHaveTextContent("On");
    expect(within(detail(mobile, "Forwarded to")).getByRole("link", { name: "+1 415-555-0199" })).toHaveAttribute("href", "tel:+14155550199");
    expect(detail(mobile, "Type")).toHaveTextContent("Mobile");

    expect(detail(screen.getByRole("region", { name: "Profile" }), "Do not disturb")).toHaveTextContent("On");
  });

  it("leaves out the profile rows Genesys has no field for (team, extension, work and mobile phone)", async () => {
    const api = genesysApi("viewer");
    api.on("GET /api/users/frank.zappa", json({ ...GENESYS_FRANK, workPhone: null, mobilePhone: null }));
    renderApp("/users/frank.zappa");

    await screen.findByRole("heading", { level: 1, name: "Frank Zappa" });
    const profile = screen.getByRole("region", { name: "Profile" });
    for (const term of ["Team", "Extension", "Work phone", "Mobile phone"]) {
      expect(within(profile).queryByText(term, { selector: "dt" })).not.toBeInTheDocument();
    }
    expect(within(profile).getByText("Login", { selector: "dt" })).toBeInTheDocument();
  });

  it("says 'No devices' when the user has none", async () => {
    const api = genesysApi("viewer");
    api.on("GET /api/users/frank.zappa", json({ ...GENESYS_FRANK, devices: [] }));
    renderApp("/users/frank.zappa");

    await screen.findByRole("heading", { level: 1, name: "Frank Zappa" });
    expect(screen.getByRole("region", { name: "Devices" })).toHaveTextContent("No devices");
  });

  it("shows neither on a BPCC user", async () => {
    mockApi({
      "GET /api/health": json(buildHealth()),
      "GET /api/session": json(buildSession("viewer")),
      "GET /api/users/frank.zappa": json(FRANK),
      "GET /api/users/frank.zappa/lock": json({ lockedOut: false }),
    });
    renderApp("/users/frank.zappa");

    await screen.findByRole("heading", { level: 1, name: "Frank Zappa" });
    expect(screen.queryByRole("region", { name: "Devices" })).not.toBeInTheDocument();
    expect(screen.queryByText("Do not disturb")).not.toBeInTheDocument();
  });

  it("marks the people in do not disturb in the directory", async () => {
    const api = genesysApi("viewer");
    api.on(
      "GET /api/directory",
      json({
        users: [
          buildEntry({ loginId: "wchen", firstName: "Wei", lastName: "Chen", doNotDisturb: true }),
          buildEntry({ loginId: "achen", firstName: "Amy", lastName: "Chenoweth", doNotDisturb: false }),
        ],
      }),
    );
    renderApp("/directory");

    const table = await screen.findByRole("table", { name: "People" });
    const wei = await within(table).findByRole("row", { name: /Wei Chen/ });
    expect(wei).toHaveTextContent("Do not disturb");
    expect(within(table).getByRole("row", { name: /Amy Chenoweth/ })).not.toHaveTextContent("Do not disturb");
  });
});
