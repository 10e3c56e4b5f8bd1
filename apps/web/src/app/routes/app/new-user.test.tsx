import type { Role } from "@switchboard/contracts";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { directoryQueryOptions } from "@/features/directory/api/get-directory";
import { buildHealth, buildSession, PEOPLE } from "@/testing/fixtures";
import { json, mockApi, problem } from "@/testing/mock-api";
import { renderApp } from "@/testing/render-app";
import { buildUser } from "@/testing/user-fixtures";

// /users/new (admin): every attribute of BPCC's Create User, checked with the shared contract before
// sending; the platform's refusals on their field, everything typed kept.

function createApi(role: Role = "admin") {
  return mockApi({
    "GET /api/health": json(buildHealth()),
    "GET /api/session": json(buildSession(role)),
    "GET /api/teams": json({ teams: [{ name: "Customer Service" }, { name: "Sales" }] }),
    "GET /api/skills": json({ skills: [{ name: "English" }, { name: "Spanish" }] }),
    "GET /api/directory": json({ users: PEOPLE }),
  });
}

async function openForm() {
  const view = renderApp("/users/new");
  await screen.findByRole("heading", { level: 1, name: "New user" });
  await screen.findByRole("option", { name: "Sales" });
  return view;
}

const field = (label: string) => screen.getByLabelText(label);

async function fillSheila(user: Awaited<ReturnType<typeof openForm>>["user"]) {
  await user.type(field("Login"), "sheila.thomas");
  await user.type(field("First name"), "Sheila");
  await user.type(field("Last name"), "Thomas");
  await user.type(field("Email (optional)"), "sheila.thomas@nowhere.net");
  await user.type(field("Work phone (optional)"), "4151234567");
  await user.selectOptions(screen.getByRole("combobox", { name: "Team" }), "Customer Service");
  await user.type(field("Extension (optional)"), "1072");
  await user.type(screen.getByRole("combobox", { name: "Add a role" }), "Supervisor{Enter}");
  await user.type(screen.getByRole("combobox", { name: "Add a skill" }), "Spanish{Enter}");
  await user.type(screen.getByRole("spinbutton", { name: "Level of Spanish" }), "100");
}

describe("creating a user", () => {
  it("marks New user alone as the current page in the navigation, not Users as well", async () => {
    createApi();
    await openForm();

    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(within(nav).getByRole("link", { name: "New user" })).toHaveAttribute("aria-current", "page");
    expect(within(nav).getByRole("link", { name: "Users" })).not.toHaveAttribute("aria-current");
  });

  it("checks every field before anything is sent, each error on its field, the first one focused", async () => {
    const api = createApi();
    const { user } = await openForm();
    await user.type(field("Login"), "sheila thomas");
    await user.type(field("Email (optional)"), "sheila@");
    await user.type(field("Extension (optional)"), "10x2");
    await user.type(screen.getByRole("combobox", { name: "Add a skill" }), "Spanish{Enter}");
    await user.type(screen.getByRole("spinbutton", { name: "Level of Spanish" }), "150");
    await user.click(screen.getByRole("radio", { name: "Type one" }));
    await user.type(screen.getByLabelText("Password", { selector: "input" }), "short1");

    await user.click(screen.getByRole("button", { name: "Create user" }));

    expect(field("Login")).toHaveAccessibleDescription(/Use letters, digits and \. _ - @ ' \+ only, without spaces\./);
    expect(field("Login")).toHaveFocus();
    expect(field("First name")).toHaveAccessibleDescription("Enter a first name.");
    expect(field("Last name")).toHaveAccessibleDescription("Enter a last name.");
    expect(screen.getByRole("combobox", { name: "Team" })).toHaveAccessibleDescription("Choose a team.");
    expect(field("Email (optional)")).toHaveAccessibleDescription("Enter an email address such as name@example.com.");
    expect(field("Extension (optional)")).toHaveAccessibleDescription(/Use 2 to 8 digits, or leave it empty to have one assigned\./);
    expect(screen.getByRole("spinbutton", { name: "Level of Spanish" })).toHaveAccessibleDescription("Use a whole number from 0 to 100.");
    expect(screen.getByLabelText("Password", { selector: "input" })).toHaveAccessibleDescription(/Use at least 8 characters\./);
    expect(api.callsTo("POST /api/users")).toHaveLength(0);
  });

  it("sends every attribute by the platform's names; a generated password is shown once, then the user opens", async () => {
    const api = createApi();
    api.on("POST /api/users", json({ loginId: "sheila.thomas", confirmedBy: "answer", generated: true, temporaryPassword: "Kp7m-X3rt-Qa9z" }, 201));
    api.on("GET /api/users/sheila.thomas", json(buildUser({ loginId: "sheila.thomas", firstName: "Sheila", lastName: "Thomas" })));
    api.on("GET /api/users/sheila.thomas/lock", json({ lockedOut: false }));
    const { user, currentUrl, queryClient } = await openForm();
    queryClient.setQueryData(directoryQueryOptions().queryKey, PEOPLE);
    await fillSheila(user);

    await user.click(screen.getByRole("button", { name: "Create user" }));

    const dialog = await screen.findByRole("dialog", { name: "Created Sheila Thomas" });
    expect(within(dialog).getByRole("status", { name: "Temporary password" })).toHaveTextContent("Kp7m-X3rt-Qa9z");
    expect(api.callsTo("POST /api/users")[0]?.body).toEqual({
      loginId: "sheila.thomas",
      firstName: "Sheila",
      lastName: "Thomas",
      team: "Customer Service",
      extension: "1072",
      workPhone: "4151234567",
      email: "sheila.thomas@nowhere.net",
      changePassword: true,
      disabled: false,
      skills: { Spanish: 100 },
      roles: ["Agent", "Supervisor"],
    });
    // The directory (and the Users page, which lists its people) will ask again for the new user.
    expect(queryClient.getQueryState(directoryQueryOptions().queryKey)?.isInvalidated).toBe(true);

    await user.click(within(dialog).getByRole("button", { name: "Done" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Sheila Thomas" })).toBeInTheDocument();
    await waitFor(() => expect(currentUrl()).toBe("/users/sheila.thomas"));
    expect(screen.queryByText("Kp7m-X3rt-Qa9z")).not.toBeInTheDocument();
  });

  it("keeps everything typed when the login is taken, with the error on the login", async () => {
    const api = createApi();
    const message = "Another user already has this login. Choose another.";
    api.on("POST /api/users", problem(409, { title: "Conflict", detail: message, errors: [{ field: "loginId", message }] }));
    const { user, currentUrl } = await openForm();
    await fillSheila(user);

    await user.click(screen.getByRole("button", { name: "Create user" }));

    await waitFor(() => expect(field("Login")).toHaveAccessibleDescription(new RegExp(message)));
    expect(field("Login")).toHaveFocus();
    expect(field("Login")).toHaveValue("sheila.thomas");
    expect(field("First name")).toHaveValue("Sheila");
    expect(field("Email (optional)")).toHaveValue("sheila.thomas@nowhere.net");
    expect(screen.getByRole("combobox", { name: "Team" })).toHaveValue("Customer Service");
    expect(screen.getByRole("spinbutton", { name: "Level of Spanish" })).toHaveValue(100);
    expect(within(screen.getByRole("list", { name: "Roles" })).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["Agent×", "Supervisor×"]);
    expect(currentUrl()).toBe("/users/new");

    await user.clear(field("Login"));
    await user.type(field("Login"), "sheila.thomas2");
    expect(field("Login")).not.toHaveAccessibleDescription(new RegExp(message));
  });

  it("puts the platform's 404 for a team on the team, and one without a field above the buttons", async () => {
    const api = createApi();
    const message = "The contact center has no team by this name. Choose one from the list.";
    api.on("POST /api/users", problem(404, { detail: message, errors: [{ field: "team", message }] }));
    const { user } = await openForm();
    await fillSheila(user);
    await user.click(screen.getByRole("button", { name: "Create user" }));
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Team" })).toHaveAccessibleDescription(message));

    api.on("POST /api/users", problem(502, { type: "/problems/not-created", detail: "The connection to the contact center broke before it answered; reading the user back shows they were not created. Nothing changed: try again." }));
    await user.click(screen.getByRole("button", { name: "Create user" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/they were not created\. Nothing changed: try again\. Everything you typed is still here\.$/);
  });

  it("offers only the teams of the account's scope, when it has one", async () => {
    const api = createApi();
    const session = buildSession("admin");
    api.on("GET /api/session", json({ ...session, account: { ...session.account, teams: ["sales"] } }));
    await openForm();

    const team = screen.getByRole("combobox", { name: "Team" });
    expect(within(team).getAllByRole("option").map((option) => option.textContent)).toEqual(["Choose a team", "Sales"]);
  });

  it("refuses the login “new”, which is this form's own address", async () => {
    const api = createApi();
    const { user } = await openForm();
    await user.type(field("Login"), "New");
    await user.click(screen.getByRole("button", { name: "Create user" }));
    expect(field("Login")).toHaveAccessibleDescription(/“new” is taken by Switchboard’s own address for this form/);
    expect(api.callsTo("POST /api/users")).toHaveLength(0);
  });

  it.each(["viewer", "helpdesk", "supervisor"] as const)("is not for a %s: no access, and no New user in the navigation", async (role) => {
    createApi(role);
    renderApp("/users/new");
    expect(await screen.findByRole("heading", { level: 1, name: /You don.t have access to this page/ })).toBeInTheDocument();
    expect(within(screen.getByRole("navigation", { name: "Main" })).queryByRole("link", { name: "New user" })).not.toBeInTheDocument();
  });
});
