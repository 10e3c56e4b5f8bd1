import { EDIT_CONFLICT_TYPE, editableValuesOf, type Role, type User } from "@switchboard/contracts";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { buildGenesysSession, buildHealth, PEOPLE } from "@/testing/fixtures";
import { json, mockApi, problem } from "@/testing/mock-api";
import { renderApp } from "@/testing/render-app";
import { buildUser } from "@/testing/user-fixtures";
import { editorApi, openWanda } from "@/testing/user-editing";

// Names and roles on a user's page over Genesys (issue 13 point 5): supervisors edit names, admins roles too.

const GRACE = buildUser({
  loginId: "grace@example.com",
  firstName: "Grace",
  lastName: "Hopper",
  team: null,
  extension: null,
  roles: ["ROLE_AGENT"],
  skills: { Support: 80 },
  devices: [],
});
const BASE = "/api/users/grace%40example.com";

function genesysEditorApi(role: Role, user: User = GRACE) {
  return mockApi({
    "GET /api/health": json(buildHealth()),
    "GET /api/session": json(buildGenesysSession(role)),
    [`GET ${BASE}`]: json(user),
    [`GET ${BASE}/history`]: json({ records: [], nextCursor: null }),
    "GET /api/skills": json({ skills: [{ name: "Support" }, { name: "Sales" }] }),
    "GET /api/directory": json({ users: PEOPLE }),
  });
}

async function openGrace(title = "Name, roles and skills") {
  const view = renderApp("/users/grace@example.com");
  await screen.findByRole("heading", { level: 1, name: "Grace Hopper" });
  return { ...view, form: screen.getByRole("region", { name: title }) };
}

describe("names and roles over Genesys", () => {
  it("an admin renames and changes roles in one PATCH, with what was seen as expected", async () => {
    const api = genesysEditorApi("admin");
    api.on(`PATCH ${BASE}`, (request) => json({ ...GRACE, ...(request.body as Partial<User>) }));
    const { user, form } = await openGrace();

    expect(within(form).getByRole("textbox", { name: "First name" })).toHaveValue("Grace");
    expect(within(form).getByRole("list", { name: "Roles" })).toHaveTextContent("ROLE_AGENT");
    expect(within(form).queryByRole("combobox", { name: "Team" })).not.toBeInTheDocument();
    expect(within(screen.getByRole("region", { name: "Profile" })).queryByText("Roles", { selector: "dt" })).not.toBeInTheDocument();

    await user.clear(within(form).getByRole("textbox", { name: "Last name" }));
    await user.type(within(form).getByRole("textbox", { name: "Last name" }), "Brewster Hopper ");
    await user.type(within(form).getByRole("combobox", { name: "Add a role" }), "ROLE_ADMIN");
    await user.click(within(form).getByRole("button", { name: "Add role" }));
    await user.click(within(form).getByRole("button", { name: "Remove ROLE_AGENT" }));
    await user.click(within(form).getByRole("button", { name: "Save changes" }));

    expect(await screen.findByText("Saved Grace Brewster Hopper’s name, roles and skills.")).toBeInTheDocument();
    expect(api.callsTo(`PATCH ${BASE}`)[0]?.body).toEqual({
      lastName: "Brewster Hopper",
      roles: ["ROLE_ADMIN"],
      expected: { lastName: "Hopper", roles: ["ROLE_AGENT"] },
    });
    expect(screen.getByRole("heading", { level: 1, name: "Grace Brewster Hopper" })).toBeInTheDocument();
  });

  it("refuses an empty name on the field and sends nothing", async () => {
    const api = genesysEditorApi("supervisor");
    const { user, form } = await openGrace("Name and skills");
    await user.clear(within(form).getByRole("textbox", { name: "First name" }));
    await user.click(within(form).getByRole("button", { name: "Save changes" }));

    expect(within(form).getByRole("textbox", { name: "First name" })).toHaveAccessibleDescription("Enter a first name.");
    await waitFor(() => expect(within(form).getByRole("textbox", { name: "First name" })).toHaveFocus());
    expect(api.callsTo(`PATCH ${BASE}`)).toHaveLength(0);
  });

  it("a supervisor edits names but not roles: roles stay read-only in the profile, with who can change them", async () => {
    genesysEditorApi("supervisor");
    const { form } = await openGrace("Name and skills");

    expect(within(form).getByRole("textbox", { name: "Last name" })).toBeInTheDocument();
    expect(within(form).queryByRole("button", { name: "Add role" })).not.toBeInTheDocument();
    const profile = screen.getByRole("region", { name: "Profile" });
    expect(within(profile).getByText("Roles", { selector: "dt" }).nextElementSibling).toHaveTextContent("ROLE_AGENT");
    expect(profile).toHaveTextContent("Roles can be changed by an admin.");
  });

  it("asks before leaving with an unsaved name", async () => {
    genesysEditorApi("supervisor");
    const { user, form } = await openGrace("Name and skills");
    await user.type(within(form).getByRole("textbox", { name: "First name" }), "x");

    await user.click(within(screen.getByRole("navigation", { name: "Main" })).getByRole("link", { name: "Directory" }));
    const dialog = await screen.findByRole("dialog", { name: "Leave without saving?" });
    expect(dialog).toHaveTextContent("Your changes to Grace Hopper’s name and skills are not saved yet.");
  });

  it("shows a conflict on the roles beside mine, and overwrites with their values as expected", async () => {
    const api = genesysEditorApi("admin");
    const current = { ...editableValuesOf(GRACE), roles: ["ROLE_AGENT", "ROLE_SUPERVISOR"] };
    api.on(`PATCH ${BASE}`, (request) =>
      api.callsTo(`PATCH ${BASE}`).length === 1
        ? problem(409, {
            type: EDIT_CONFLICT_TYPE,
            title: "Changed by someone else",
            conflicts: ["roles"],
            current,
            lastChange: null,
          })
        : json({ ...GRACE, ...(request.body as Partial<User>) }),
    );
    const { user, form } = await openGrace();
    await user.type(within(form).getByRole("combobox", { name: "Add a role" }), "ROLE_ADMIN");
    await user.click(within(form).getByRole("button", { name: "Add role" }));
    await user.click(within(form).getByRole("button", { name: "Save changes" }));

    const dialog = await screen.findByRole("dialog", { name: "Someone else changed this user" });
    expect(dialog).toHaveTextContent("RolesWhen you opened itROLE_AGENTNowROLE_AGENT, ROLE_SUPERVISORYour changeROLE_AGENT, ROLE_ADMIN");
    await user.click(within(dialog).getByRole("button", { name: "Overwrite with my change" }));
    await screen.findByText("Saved Grace Hopper’s changes over the other ones.");
    expect(api.callsTo(`PATCH ${BASE}`)[1]?.body).toEqual({ roles: ["ROLE_AGENT", "ROLE_ADMIN"], expected: current });
  });

  it("puts the platform's refusal of a name on its field", async () => {
    const api = genesysEditorApi("supervisor");
    api.on(
      `PATCH ${BASE}`,
      problem(400, { title: "Invalid request", errors: [{ field: "firstName", message: "The contact center refused this name." }] }),
    );
    const { user, form } = await openGrace("Name and skills");
    await user.type(within(form).getByRole("textbox", { name: "First name" }), "!");
    await user.click(within(form).getByRole("button", { name: "Save changes" }));

    await waitFor(() =>
      expect(within(form).getByRole("textbox", { name: "First name" })).toHaveAccessibleDescription("The contact center refused this name."),
    );
  });
});

describe("names and roles over BPCC", () => {
  it("stay read-only, with today's note", async () => {
    editorApi("admin");
    const { form } = await openWanda();
    expect(within(form).queryByRole("textbox", { name: "First name" })).not.toBeInTheDocument();
    expect(within(form).queryByRole("button", { name: "Add role" })).not.toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Profile" })).toHaveTextContent(
      "Name, extension, email, phone numbers and roles can’t be changed here: the contact center accepts them only when a user is created.",
    );
  });
});
