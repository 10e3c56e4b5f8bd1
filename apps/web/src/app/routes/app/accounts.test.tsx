import type { Account, Role } from "@switchboard/contracts";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ACCOUNTS, buildAccount } from "@/testing/admin-fixtures";
import { buildGenesysSession, buildHealth, buildSession } from "@/testing/fixtures";
import { json, mockApi, problem, type RecordedRequest } from "@/testing/mock-api";
import { renderApp } from "@/testing/render-app";

function adminApi(accounts: Account[] = ACCOUNTS) {
  return mockApi({
    "GET /api/health": json(buildHealth()),
    "GET /api/session": json(buildSession("admin", "admin")),
    "GET /api/accounts": json({ accounts }),
  });
}

async function openAccounts() {
  const view = renderApp("/accounts");
  await screen.findByRole("heading", { level: 1, name: "Accounts" });
  const table = await screen.findByRole("table", { name: "Dashboard accounts" });
  return { ...view, table };
}

function rowOf(table: HTMLElement, username: string): HTMLElement {
  const header = within(table).getByRole("rowheader", { name: new RegExp(`^${username}\\b`) });
  const row = header.closest("tr");
  if (!row) throw new Error(`no row for ${username}`);
  return row;
}

describe("the Accounts page", () => {
  it("marks an account the identity provider signs in as SSO, with no password to set", async () => {
    adminApi([...ACCOUNTS, buildAccount({ username: "ann", role: "supervisor", sso: true })]);
    const { table } = await openAccounts();

    const ann = rowOf(table, "ann");
    expect(within(ann).getByRole("rowheader")).toHaveTextContent("SSO: signs in through the identity provider");
    expect(within(ann).queryByRole("button", { name: "Set password for ann" })).not.toBeInTheDocument();
    expect(within(ann).getByRole("button", { name: "Change role of ann" })).toBeEnabled();
    expect(within(rowOf(table, "hana")).queryByText(/SSO/)).not.toBeInTheDocument();
    expect(within(rowOf(table, "hana")).getByRole("button", { name: "Set password for hana" })).toBeInTheDocument();
  });

  it("lists every account with its role, status and creation date", async () => {
    adminApi();
    const { table } = await openAccounts();

    await waitFor(() => expect(document.title).toBe("Accounts · Switchboard"));
    const headers = within(table).getAllByRole("columnheader").map((h) => h.textContent);
    expect(headers).toEqual(["Name", "Role", "Teams", "Status", "Created", "Actions"]);
    const sam = rowOf(table, "sam");
    expect(sam).toHaveTextContent("Supervisor");
    expect(sam).toHaveTextContent("Disabled");
    expect(within(sam).getByRole("button", { name: "Enable sam" })).toBeInTheDocument();
    expect(within(rowOf(table, "hana")).getByText("Active")).toBeInTheDocument();
    expect(within(rowOf(table, "hana")).getByText(/2026/)).toHaveAttribute("datetime", "2026-03-02T09:15:00.000Z");
    expect(screen.getByRole("status")).toHaveTextContent("4 accounts");
  });

  it("keeps the admin's own role, status and account out of their reach, and says why", async () => {
    adminApi();
    const { table } = await openAccounts();

    const own = rowOf(table, "admin");
    expect(own).toHaveTextContent("you");
    for (const name of ["Change role of admin", "Disable admin", "Remove admin"]) {
      const button = within(own).getByRole("button", { name });
      expect(button).toBeDisabled();
      expect(button).toHaveAccessibleDescription("Your own role, status and account are for another admin to change.");
    }
    expect(within(own).getByRole("button", { name: "Set password for admin" })).toBeEnabled();
    expect(within(rowOf(table, "otto")).getByRole("button", { name: "Remove otto" })).toBeEnabled();
  });

  it("creates an account, says so, and shows it in the list", async () => {
    const api = adminApi();
    const created = buildAccount({ username: "dora", role: "helpdesk" });
    api.on("POST /api/accounts", json(created, 201));
    const { user } = await openAccounts();

    await user.click(screen.getByRole("button", { name: "New account" }));
    const dialog = screen.getByRole("dialog", { name: "New account" });
    expect(within(dialog).getByLabelText("Username")).toHaveFocus();
    await user.type(within(dialog).getByLabelText("Username"), "dora");
    await user.type(within(dialog).getByLabelText("Password"), "a long enough passphrase");
    await user.selectOptions(within(dialog).getByLabelText("Role"), "helpdesk");
    api.on("GET /api/accounts", json({ accounts: [...ACCOUNTS, created] }));
    await user.click(within(dialog).getByRole("button", { name: "Create account" }));

    expect(await screen.findByText("Created dora, a helpdesk.")).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(api.callsTo("POST /api/accounts")[0]?.body).toEqual({
      username: "dora",
      password: "a long enough passphrase",
      role: "helpdesk",
    });
    expect(api.callsTo("POST /api/accounts")[0]?.headers.get("X-CSRF-Token")).toBe("csrf-admin");
    const table = screen.getByRole("table", { name: "Dashboard accounts" });
    expect(await within(table).findByRole("rowheader", { name: "dora" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "New account" })).toHaveFocus();
  });

  it("creates a helpdesk account scoped to teams, and offers no teams field for an admin", async () => {
    const api = adminApi();
    api.on("POST /api/accounts", json(buildAccount({ username: "dora", role: "helpdesk", teams: ["Sales East", "Sales West"] }), 201));
    const { user } = await openAccounts();

    await user.click(screen.getByRole("button", { name: "New account" }));
    const dialog = screen.getByRole("dialog", { name: "New account" });
    await user.type(within(dialog).getByLabelText("Username"), "dora");
    await user.type(within(dialog).getByLabelText("Password"), "a long enough passphrase");
    await user.selectOptions(within(dialog).getByLabelText("Role"), "admin");
    expect(within(dialog).queryByLabelText("Teams (optional)")).not.toBeInTheDocument();
    await user.selectOptions(within(dialog).getByLabelText("Role"), "helpdesk");
    await user.type(within(dialog).getByLabelText("Teams (optional)"), "Sales East, Sales West");
    await user.click(within(dialog).getByRole("button", { name: "Create account" }));

    expect(await screen.findByText("Created dora, a helpdesk.")).toBeInTheDocument();
    expect(api.callsTo("POST /api/accounts")[0]?.body).toEqual({
      username: "dora",
      password: "a long enough passphrase",
      role: "helpdesk",
      teams: ["Sales East", "Sales West"],
    });
  });

  it("puts the BFF's field errors on their fields and keeps what was typed", async () => {
    const api = adminApi();
    api.on(
      "POST /api/accounts",
      problem(400, {
        title: "Invalid input",
        detail: "Check the highlighted fields.",
        errors: [{ field: "password", message: "This is one of the most common passwords; choose another." }],
      }),
    );
    const { user } = await openAccounts();

    await user.click(screen.getByRole("button", { name: "New account" }));
    const dialog = screen.getByRole("dialog", { name: "New account" });
    await user.type(within(dialog).getByLabelText("Username"), "dora");
    await user.type(within(dialog).getByLabelText("Password"), "password1234");
    await user.click(within(dialog).getByRole("button", { name: "Create account" }));

    expect(await within(dialog).findByRole("alert")).toHaveTextContent("Check the highlighted fields.");
    const password = within(dialog).getByLabelText("Password");
    expect(password).toHaveAttribute("aria-invalid", "true");
    expect(password).toHaveAccessibleDescription(
      expect.stringContaining("This is one of the most common passwords; choose another."),
    );
    expect(password).toHaveFocus();
    expect(password).toHaveValue("password1234");
    expect(within(dialog).getByLabelText("Username")).toHaveValue("dora");
    expect(within(dialog).getByLabelText("Username")).not.toHaveAttribute("aria-invalid");
  });

  it("names a taken username on the username field", async () => {
    const api = adminApi();
    api.on(
      "POST /api/accounts",
      problem(409, {
        type: "/problems/account-exists",
        title: "Account exists",
        detail: 'An account named "hana" already exists.',
      }),
    );
    const { user } = await openAccounts();

    await user.click(screen.getByRole("button", { name: "New account" }));
    const dialog = screen.getByRole("dialog", { name: "New account" });
    await user.type(within(dialog).getByLabelText("Username"), "hana");
    await user.type(within(dialog).getByLabelText("Password"), "a long enough passphrase");
    await user.click(within(dialog).getByRole("button", { name: "Create account" }));

    const username = within(dialog).getByLabelText("Username");
    await waitFor(() => expect(username).toHaveAttribute("aria-invalid", "true"));
    expect(username).toHaveAccessibleDescription(expect.stringContaining('An account named "hana" already exists.'));
    expect(username).toHaveFocus();
  });

  it("checks the form before sending it", async () => {
    const api = adminApi();
    const { user } = await openAccounts();

    await user.click(screen.getByRole("button", { name: "New account" }));
    const dialog = screen.getByRole("dialog", { name: "New account" });
    await user.type(within(dialog).getByLabelText("Username"), "dora");
    await user.type(within(dialog).getByLabelText("Password"), "short");
    await user.click(within(dialog).getByRole("button", { name: "Create account" }));

    expect(within(dialog).getByLabelText("Password")).toHaveAccessibleDescription(
      expect.stringContaining("Use at least 12 characters."),
    );
    expect(api.callsTo("POST /api/accounts")).toHaveLength(0);
  });

  it("generates a password, shows it, and sends it", async () => {
    const api = adminApi();
    api.on("PATCH /api/accounts/hana", (request: RecordedRequest) =>
      json(buildAccount({ username: "hana", role: "helpdesk", ...(request.body as object) })),
    );
    const { user, table } = await openAccounts();

    await user.click(within(rowOf(table, "hana")).getByRole("button", { name: "Set password for hana" }));
    const dialog = screen.getByRole("dialog", { name: "Set a new password for hana" });
    expect(dialog).toHaveAccessibleDescription(/hana is signed out everywhere/);
    await user.click(within(dialog).getByRole("button", { name: "Generate a password" }));
    const field = within(dialog).getByLabelText("New password");
    expect(field).toHaveAttribute("type", "text");
    const generated = (field as HTMLInputElement).value;
    expect(generated).toMatch(/^\w{5}-\w{5}-\w{5}-\w{5}$/);
    await user.click(within(dialog).getByRole("button", { name: "Set password" }));

    expect(await screen.findByText("Set a new password for hana and signed them out.")).toBeInTheDocument();
    expect(api.callsTo("PATCH /api/accounts/hana")[0]?.body).toEqual({ password: generated });
  });

  it("sends the admin to sign in again after they set their own password (the BFF ended their session)", async () => {
    const api = adminApi();
    api.on("PATCH /api/accounts/admin", json(buildAccount({ username: "admin", role: "admin" })));
    const { user, table, currentUrl } = await openAccounts();

    await user.click(within(rowOf(table, "admin")).getByRole("button", { name: "Set password for admin" }));
    const dialog = screen.getByRole("dialog", { name: "Set a new password for admin" });
    expect(dialog).toHaveAccessibleDescription(/This is your own account: you are signed out/);
    await user.type(within(dialog).getByLabelText("New password"), "a brand new passphrase");
    api.on("GET /api/accounts", problem(401, { title: "Unauthorized" }));
    api.on("GET /api/session", problem(401, { title: "Unauthorized" }));
    await user.click(within(dialog).getByRole("button", { name: "Set password" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Sign in to Switchboard" })).toBeInTheDocument();
    expect(screen.getByText("Your password is changed. Sign in again with it.")).toBeInTheDocument();
    expect(currentUrl()).toBe("/sign-in?next=%2Faccounts");
  });

  it("changes a role only when saved, and says so", async () => {
    const api = adminApi();
    const promoted = buildAccount({ username: "hana", role: "supervisor" });
    api.on("PATCH /api/accounts/hana", json(promoted));
    const { user, table } = await openAccounts();
    api.on("GET /api/accounts", json({ accounts: ACCOUNTS.map((a) => (a.username === "hana" ? promoted : a)) }));

    await user.click(within(rowOf(table, "hana")).getByRole("button", { name: "Change role of hana" }));
    const dialog = screen.getByRole("dialog", { name: "Change the role of hana" });
    await user.selectOptions(within(dialog).getByLabelText("Role"), "supervisor");
    expect(api.callsTo("PATCH /api/accounts/hana")).toHaveLength(0);
    await user.click(within(dialog).getByRole("button", { name: "Save role" }));

    expect(await screen.findByText("hana is now a supervisor.")).toBeInTheDocument();
    expect(api.callsTo("PATCH /api/accounts/hana")[0]?.body).toEqual({ role: "supervisor" });
    expect(rowOf(screen.getByRole("table", { name: "Dashboard accounts" }), "hana")).toHaveTextContent("Supervisor");
  });

  it("scopes an account to teams, shows the scope in the list, and offers no scope to admins or SSO accounts", async () => {
    const api = adminApi([...ACCOUNTS, buildAccount({ username: "ann", role: "supervisor", sso: true, teams: ["Sales East"] })]);
    const scoped = buildAccount({ username: "hana", role: "helpdesk", teams: ["Sales East", "Sales West"] });
    api.on("PATCH /api/accounts/hana", json(scoped));
    const { user, table } = await openAccounts();
    expect(rowOf(table, "hana")).toHaveTextContent("All teams");
    expect(rowOf(table, "ann")).toHaveTextContent("Sales East");
    expect(within(rowOf(table, "ann")).queryByRole("button", { name: "Set teams of ann" })).not.toBeInTheDocument();
    expect(within(rowOf(table, "otto")).queryByRole("button", { name: "Set teams of otto" })).not.toBeInTheDocument();
    api.on("GET /api/accounts", json({ accounts: ACCOUNTS.map((a) => (a.username === "hana" ? scoped : a)) }));

    await user.click(within(rowOf(table, "hana")).getByRole("button", { name: "Set teams of hana" }));
    const dialog = screen.getByRole("dialog", { name: "Teams of hana" });
    await user.type(within(dialog).getByLabelText("Teams"), "Sales East,  Sales West ,");
    await user.click(within(dialog).getByRole("button", { name: "Save teams" }));

    expect(await screen.findByText("hana now acts on: Sales East, Sales West.")).toBeInTheDocument();
    expect(api.callsTo("PATCH /api/accounts/hana")[0]?.body).toEqual({ teams: ["Sales East", "Sales West"] });
    expect(rowOf(screen.getByRole("table", { name: "Dashboard accounts" }), "hana")).toHaveTextContent("Sales East, Sales West");
  });

  it("shows the BFF's refusal of a scope on the teams field (a platform without teams)", async () => {
    const api = adminApi();
    const message = "This contact center (genesys) has no teams: an account cannot be scoped to teams here.";
    api.on("PATCH /api/accounts/hana", problem(400, { title: "Invalid request", detail: message, errors: [{ field: "teams", message }] }));
    const { user, table } = await openAccounts();
    await user.click(within(rowOf(table, "hana")).getByRole("button", { name: "Set teams of hana" }));
    const dialog = screen.getByRole("dialog", { name: "Teams of hana" });
    await user.type(within(dialog).getByLabelText("Teams"), "Sales");
    await user.click(within(dialog).getByRole("button", { name: "Save teams" }));
    expect(await within(dialog).findByText(message)).toBeInTheDocument();
    expect(within(dialog).getByLabelText("Teams")).toHaveAttribute("aria-invalid", "true");
  });

  it("says nothing of teams on a platform without them (Genesys): no column, no Set teams, no Teams field", async () => {
    const api = adminApi();
    api.on("GET /api/session", json(buildGenesysSession("admin", "admin")));
    api.on("POST /api/accounts", json(buildAccount({ username: "dora", role: "supervisor" }), 201));
    const { user, table } = await openAccounts();

    expect(within(table).getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Name", "Role", "Status", "Created", "Actions"]);
    expect(table).not.toHaveTextContent("All teams");
    expect(within(table).queryByRole("button", { name: /^Set teams/ })).not.toBeInTheDocument();
    expect(within(rowOf(table, "hana")).getByRole("button", { name: "Set password for hana" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "New account" }));
    const dialog = screen.getByRole("dialog", { name: "New account" });
    await user.selectOptions(within(dialog).getByLabelText("Role"), "supervisor");
    expect(within(dialog).queryByLabelText(/Teams/)).not.toBeInTheDocument();
    expect(within(dialog).getByRole("option", { name: "Supervisor: also edits skills, enables and disables users" })).toBeInTheDocument();
    expect(within(dialog).queryByRole("option", { name: /teams/ })).not.toBeInTheDocument();
    await user.type(within(dialog).getByLabelText("Username"), "dora");
    await user.type(within(dialog).getByLabelText("Password"), "a long enough passphrase");
    await user.click(within(dialog).getByRole("button", { name: "Create account" }));
    await screen.findByText("Created dora, a supervisor.");
    expect(api.callsTo("POST /api/accounts")[0]?.body).toEqual({ username: "dora", password: "a long enough passphrase", role: "supervisor" });
  });

  it("asks before removing an account, naming it; Cancel and Escape change nothing", async () => {
    const api = adminApi();
    api.on("DELETE /api/accounts/hana", { status: 204 });
    const { user, table } = await openAccounts();
    const removeHana = within(rowOf(table, "hana")).getByRole("button", { name: "Remove hana" });

    await user.click(removeHana);
    let dialog = screen.getByRole("dialog", { name: "Remove hana?" });
    expect(dialog).toHaveAccessibleDescription(/The account hana is signed out and deleted/);
    expect(within(dialog).getByRole("button", { name: "Cancel" })).toHaveFocus();
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(removeHana).toHaveFocus();

    await user.click(removeHana);
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(api.callsTo("DELETE /api/accounts/hana")).toHaveLength(0);

    await user.click(removeHana);
    dialog = screen.getByRole("dialog", { name: "Remove hana?" });
    api.on("GET /api/accounts", json({ accounts: ACCOUNTS.filter((a) => a.username !== "hana") }));
    await user.click(within(dialog).getByRole("button", { name: "Remove hana" }));

    expect(await screen.findByText("Removed hana.")).toBeInTheDocument();
    expect(api.callsTo("DELETE /api/accounts/hana")).toHaveLength(1);
    expect(within(screen.getByRole("table")).queryByRole("rowheader", { name: "hana" })).not.toBeInTheDocument();
    // The row that held the button is gone: focus goes to the page's heading, not to nowhere.
    expect(screen.getByRole("heading", { level: 1, name: "Accounts" })).toHaveFocus();
  });

  it("shows the BFF's refusal in the confirmation, plainly", async () => {
    const api = adminApi();
    api.on(
      "PATCH /api/accounts/otto",
      problem(409, {
        type: "/problems/last-admin",
        title: "Last admin",
        detail: 'Cannot disable "otto": it is the last enabled admin account. Make another account an admin first.',
      }),
    );
    const { user, table } = await openAccounts();

    await user.click(within(rowOf(table, "otto")).getByRole("button", { name: "Disable otto" }));
    const dialog = screen.getByRole("dialog", { name: "Disable otto?" });
    await user.click(within(dialog).getByRole("button", { name: "Disable otto" }));

    expect(await within(dialog).findByRole("alert")).toHaveTextContent(
      'Cannot disable "otto": it is the last enabled admin account. Make another account an admin first.',
    );
    expect(api.callsTo("PATCH /api/accounts/otto")[0]?.body).toEqual({ disabled: true });
    expect(rowOf(table, "otto")).toHaveTextContent("Active");
  });

  it("says when the accounts cannot be loaded, and tries again", async () => {
    const api = adminApi();
    api.on("GET /api/accounts", problem(500, { title: "Internal Server Error" }));
    const { user } = renderApp("/accounts");

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The accounts could not be loaded");
    api.on("GET /api/accounts", json({ accounts: ACCOUNTS }));
    await user.click(within(alert).getByRole("button", { name: "Try again" }));

    expect(await screen.findByRole("table", { name: "Dashboard accounts" })).toBeInTheDocument();
  });
});

describe("what each role sees", () => {
  function apiFor(role: Role) {
    return mockApi({
      "GET /api/health": json(buildHealth()),
      "GET /api/session": json(buildSession(role, role)),
      "GET /api/directory": json({ users: [] }),
    });
  }

  it.each(["viewer", "helpdesk", "supervisor"] as const)("a %s has no Accounts or Audit in the navigation", async (role) => {
    apiFor(role);
    renderApp("/directory");

    const nav = await screen.findByRole("navigation", { name: "Main" });
    expect(within(nav).getByRole("link", { name: "Directory" })).toBeInTheDocument();
    expect(within(nav).queryByRole("link", { name: "Accounts" })).not.toBeInTheDocument();
    expect(within(nav).queryByRole("link", { name: "Audit" })).not.toBeInTheDocument();
  });

  it("an admin has both", async () => {
    apiFor("admin");
    renderApp("/directory");

    const nav = await screen.findByRole("navigation", { name: "Main" });
    expect(within(nav).getAllByRole("link").map((link) => link.textContent)).toEqual(["Directory", "Users", "Skills", "New user", "Teams", "Access numbers", "Lockouts", "Accounts", "Audit"]);
  });

  it.each([
    ["/accounts", "GET /api/accounts"],
    ["/audit?actor=admin", "GET /api/audit"],
  ])("a helpdesk who opens %s is told plainly they have no access, inside the shell", async (url, call) => {
    const api = apiFor("helpdesk");
    renderApp(url);

    expect(await screen.findByRole("heading", { level: 1, name: "You don’t have access to this page" })).toBeInTheDocument();
    expect(screen.getByText(/Your role, helpdesk, cannot open it/)).toBeInTheDocument();
    expect(screen.getByRole("navigation", { name: "Main" })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe("No access · Switchboard"));
    // Nothing was asked for that the BFF would refuse.
    expect(api.callsTo(call)).toHaveLength(0);
  });

  it("follows a role taken away while the page is open: a 403 asks for the session again", async () => {
    const api = adminApi();
    const { user, table } = await openAccounts();

    api.on("PATCH /api/accounts/hana", problem(403, { title: "Forbidden", detail: "Your role may not do this." }));
    api.on("GET /api/session", json(buildSession("helpdesk", "admin")));
    await user.click(within(rowOf(table, "hana")).getByRole("button", { name: "Disable hana" }));
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Disable hana" }));

    expect(await screen.findByRole("heading", { level: 1, name: "You don’t have access to this page" })).toBeInTheDocument();
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(within(nav).queryByRole("link", { name: "Accounts" })).not.toBeInTheDocument();
    expect(api.callsTo("GET /api/session").length).toBeGreaterThanOrEqual(2);
  });
});
