import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { buildGenesysSession, buildHealth, PEOPLE } from "@/testing/fixtures";
import { json, mockApi, problem } from "@/testing/mock-api";
import { renderApp } from "@/testing/render-app";
import { buildUser } from "@/testing/user-fixtures";

// /users/new over Genesys (issue 13 point 4): the fields its create takes, as capabilities say.

function genesysCreateApi() {
  return mockApi({
    "GET /api/health": json(buildHealth()),
    "GET /api/session": json(buildGenesysSession("admin")),
    "GET /api/skills": json({ skills: [{ name: "English" }] }),
    "GET /api/directory": json({ users: PEOPLE }),
  });
}

async function openForm() {
  const view = renderApp("/users/new");
  await screen.findByRole("heading", { level: 1, name: "New user" });
  return view;
}

describe("creating a user over Genesys", () => {
  it("asks for a user name in e-mail form, names, password, roles and skills; no team, extension, phones or e-mail", async () => {
    const api = genesysCreateApi();
    await openForm();

    expect(screen.getByRole("textbox", { name: "User name" })).toHaveAccessibleDescription(/In e-mail form/);
    expect(screen.getByRole("textbox", { name: "First name" })).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Roles" })).toHaveTextContent("ROLE_AGENT");
    for (const label of ["Team", "Extension (optional)", "Email (optional)", "Work phone (optional)", "Mobile phone (optional)"]) {
      expect(screen.queryByLabelText(label)).not.toBeInTheDocument();
    }
    expect(screen.queryByRole("checkbox", { name: "Create the account disabled" })).not.toBeInTheDocument();
    expect(api.callsTo("GET /api/teams")).toHaveLength(0);
  });

  it("refuses a user name that is not in e-mail form, and sends nothing", async () => {
    const api = genesysCreateApi();
    const { user } = await openForm();
    await user.type(screen.getByRole("textbox", { name: "User name" }), "rosa.parks");
    await user.type(screen.getByRole("textbox", { name: "First name" }), "Rosa");
    await user.type(screen.getByRole("textbox", { name: "Last name" }), "Parks");
    await user.click(screen.getByRole("button", { name: "Create user" }));

    expect(screen.getByRole("textbox", { name: "User name" })).toHaveAccessibleDescription(/Enter the user name in e-mail form/);
    expect(api.callsTo("POST /api/users")).toHaveLength(0);
  });

  it("sends only what Genesys takes; a taken user name lands on its field", async () => {
    const api = genesysCreateApi();
    api.on("POST /api/users", problem(409, { title: "Taken", errors: [{ field: "loginId", message: "This user name is taken." }] }));
    const { user } = await openForm();
    await user.type(screen.getByRole("textbox", { name: "User name" }), "rosa.parks@example.com");
    await user.type(screen.getByRole("textbox", { name: "First name" }), "Rosa");
    await user.type(screen.getByRole("textbox", { name: "Last name" }), "Parks");
    await user.click(screen.getByRole("button", { name: "Create user" }));

    await waitFor(() => expect(screen.getByRole("textbox", { name: "User name" })).toHaveAccessibleDescription(/This user name is taken./));
    expect(api.callsTo("POST /api/users")[0]?.body).toEqual({
      loginId: "rosa.parks@example.com",
      firstName: "Rosa",
      lastName: "Parks",
      changePassword: true,
      skills: {},
      roles: ["ROLE_AGENT"],
    });

    api.on("POST /api/users", json({ loginId: "rosa.parks@example.com", confirmedBy: "answer", generated: true, temporaryPassword: "Tmp-1234-abcd" }));
    api.on("GET /api/users/rosa.parks%40example.com", json(buildUser({ loginId: "rosa.parks@example.com", firstName: "Rosa", lastName: "Parks", devices: [] })));
    await user.clear(screen.getByRole("textbox", { name: "User name" }));
    await user.type(screen.getByRole("textbox", { name: "User name" }), "rosa.parks@example.com");
    await user.click(screen.getByRole("button", { name: "Create user" }));
    expect(await screen.findByRole("dialog")).toHaveTextContent("Tmp-1234-abcd");
    expect(within(screen.getByRole("dialog")).getAllByRole("button").length).toBeGreaterThan(0);
  });
});
