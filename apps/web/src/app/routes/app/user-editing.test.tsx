import { EDIT_CONFLICT_TYPE, editableValuesOf, type User } from "@switchboard/contracts";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { json, problem } from "@/testing/mock-api";
import { bpccSession, editorApi, openWanda, WANDA } from "@/testing/user-editing";

// The user page for supervisors and up: team and skills, the unsaved-changes guard and the conflict
// dialog. Enable/disable, what each role sees, history and delete are in user-page-roles.test.tsx.

const level = (form: HTMLElement, skill: string) => within(form).getByRole("spinbutton", { name: `Level of ${skill}` });
/** What the browser offers under a field with a datalist. */
const suggestionsOf = (field: HTMLElement) => [...(document.getElementById(field.getAttribute("list") ?? "")?.querySelectorAll("option") ?? [])].map((option) => option.value);

describe("skills on a user's page", () => {
  it("refuses a level outside 0–100, not whole, or not digits (1e2 is not 100), on the field, and sends nothing", async () => {
    const api = editorApi();
    const { user, form } = await openWanda();

    await user.clear(level(form, "Cable"));
    await user.type(level(form, "Cable"), "101");
    await user.tab();
    expect(level(form, "Cable")).toHaveAccessibleDescription("Use a whole number from 0 to 100.");

    await user.clear(level(form, "Support"));
    await user.type(level(form, "Support"), "50.5");
    await user.click(within(form).getByRole("button", { name: "Save changes" }));

    expect(level(form, "Support")).toHaveAccessibleDescription("Use a whole number from 0 to 100.");
    expect(level(form, "Support")).toHaveAttribute("aria-invalid", "true");
    await waitFor(() => expect(level(form, "Cable")).toHaveFocus());

    await user.clear(level(form, "Cable"));
    await user.type(level(form, "Cable"), "1e2");
    await user.clear(level(form, "Support"));
    await user.type(level(form, "Support"), "50");
    await user.click(within(form).getByRole("button", { name: "Save changes" }));

    expect(level(form, "Cable")).toHaveAccessibleDescription("Use a whole number from 0 to 100.");
    expect(level(form, "Support")).not.toHaveAttribute("aria-invalid");
    await waitFor(() => expect(level(form, "Cable")).toHaveFocus());
    expect(api.callsTo("PATCH /api/users/wandabui")).toHaveLength(0);
  });

  it("edits by number and slider, adds and removes skills, and saves the whole set with what was seen", async () => {
    const api = editorApi();
    api.on("PATCH /api/users/wandabui", (request) => json({ ...WANDA, skills: (request.body as { skills: Record<string, number> }).skills }));
    const { user, form } = await openWanda();

    await user.clear(level(form, "Cable"));
    await user.type(level(form, "Cable"), "85");
    // user-event does not move a range input by keyboard; a change event is what a drag ends in.
    // The slider is the pointer's shortcut, hidden from the accessibility tree (the number is the control).
    const supportRow = level(form, "Support").closest("li");
    if (!supportRow) throw new Error("no row for Support");
    fireEvent.change(within(supportRow).getByRole("slider", { hidden: true }), { target: { value: "98" } });
    expect(level(form, "Support")).toHaveValue(98);
    await user.type(within(form).getByRole("combobox", { name: "Add a skill" }), "Spanish{Enter}");
    await waitFor(() => expect(level(form, "Spanish")).toHaveFocus());
    await user.type(level(form, "Spanish"), "40");
    expect(within(form).getByText("Unsaved changes")).toBeInTheDocument();
    await user.click(within(form).getByRole("button", { name: "Save changes" }));

    await screen.findByText("Saved Wanda Bui’s team and skills.");
    expect(api.callsTo("PATCH /api/users/wandabui").map((r) => r.body)).toEqual([
      { skills: { Cable: 85, Support: 98, Spanish: 40 }, expected: { skills: { Support: 100, Cable: 70 } } },
    ]);
    expect(within(form).getByText("No unsaved changes")).toBeInTheDocument();

    await user.click(within(form).getByRole("button", { name: "Remove Spanish" }));
    expect(within(form).queryByRole("spinbutton", { name: "Level of Spanish" })).not.toBeInTheDocument();
    await user.click(within(form).getByRole("button", { name: "Save changes" }));
    await waitFor(() => expect(api.callsTo("PATCH /api/users/wandabui")).toHaveLength(2));
    expect(api.callsTo("PATCH /api/users/wandabui")[1]?.body).toEqual({
      skills: { Cable: 85, Support: 98 },
      expected: { skills: { Cable: 85, Support: 98, Spanish: 40 } },
    });
  });

  it("refuses a skill already in the list, whatever its case", async () => {
    editorApi();
    const { user, form } = await openWanda();
    const add = within(form).getByRole("combobox", { name: "Add a skill" });
    await user.type(add, "cable{Enter}");
    expect(add).toHaveAccessibleDescription("Cable is already in the list.");
  });

  it("keeps the edits when the save fails, and says so", async () => {
    const api = editorApi();
    api.on("PATCH /api/users/wandabui", problem(502, { title: "Contact center unavailable", detail: "The contact center could not complete the request. Try again in a moment." }));
    const { user, form } = await openWanda();

    await user.clear(level(form, "Cable"));
    await user.type(level(form, "Cable"), "85");
    await user.selectOptions(within(form).getByRole("combobox", { name: "Team" }), "Sales");
    await user.click(within(form).getByRole("button", { name: "Save changes" }));

    expect(await within(form).findByRole("alert")).toHaveTextContent("Your changes were not savedThe contact center could not complete the request. Try again in a moment. Your edits are still here.");
    expect(level(form, "Cable")).toHaveValue(85);
    expect(within(form).getByRole("combobox", { name: "Team" })).toHaveValue("Sales");
    expect(api.callsTo("PATCH /api/users/wandabui")[0]?.body).toEqual({
      team: "Sales",
      skills: { Support: 100, Cable: 85 },
      expected: { team: "Customer Service", skills: { Support: 100, Cable: 70 } },
    });
  });

  it("suggests every skill the tenant is known to use, on a page opened directly", async () => {
    const api = editorApi();
    const { form } = await openWanda();
    const add = within(form).getByRole("combobox", { name: "Add a skill" });
    // Wanda holds Cable and Support already; the BFF has seen the rest on other users.
    await waitFor(() => expect(suggestionsOf(add)).toEqual(["French", "Mobile", "Spanish"]));
    expect(api.callsTo("GET /api/skills")).toHaveLength(1);
  });

  it("puts the platform's refusal of a skill it names on that skill's row, focused, with no error left from before", async () => {
    const api = editorApi();
    const message = "The contact center does not know this skill. Check its spelling, or remove it.";
    api.on("PATCH /api/users/wandabui", problem(404, { detail: message, errors: [{ field: "skills.Juggling", message }] }));
    const { user, form } = await openWanda();
    const add = within(form).getByRole("combobox", { name: "Add a skill" });

    await user.type(add, "cable{Enter}");
    expect(add).toHaveAccessibleDescription("Cable is already in the list.");
    await user.click(within(form).getByRole("button", { name: "Remove Cable" }));
    expect(add).not.toHaveAttribute("aria-invalid");

    await user.clear(add);
    await user.type(add, "Juggling{Enter}");
    await user.type(level(form, "Juggling"), "10");
    await user.click(within(form).getByRole("button", { name: "Save changes" }));

    await waitFor(() => expect(level(form, "Juggling")).toHaveFocus());
    expect(level(form, "Juggling")).toHaveAccessibleDescription(message);
    expect(within(form).getAllByText(message)).toHaveLength(1);
    expect(within(form).queryByRole("alert")).not.toBeInTheDocument();
  });

  it("shows the platform's refusal of a skill it does not name on the skills", async () => {
    const api = editorApi();
    const message = "The contact center does not know one of these skills. Check their spelling, or remove the new one.";
    api.on("PATCH /api/users/wandabui", problem(404, { detail: message, errors: [{ field: "skills", message }] }));
    const { user, form } = await openWanda();

    await user.type(within(form).getByRole("combobox", { name: "Add a skill" }), "Juggling{Enter}");
    await user.type(level(form, "Juggling"), "10");
    await user.click(within(form).getByRole("button", { name: "Save changes" }));

    expect(await within(form).findByText(message)).toBeInTheDocument();
    expect(within(form).getByRole("list", { name: "Skills" })).toHaveAccessibleDescription(message);
  });
});

describe("the team picker", () => {
  const teamChoices = (form: HTMLElement) => within(within(form).getByRole("combobox", { name: "Team" })).getAllByRole("option").map((option) => option.textContent);

  it("offers a supervisor scoped to teams only those teams (as the account names them, whatever the case)", async () => {
    const api = editorApi("supervisor");
    const session = bpccSession("supervisor");
    api.on("GET /api/session", json({ ...session, account: { ...session.account, teams: ["customer service", " Sales "] } }));
    const { form } = await openWanda();

    await waitFor(() => expect(teamChoices(form)).toEqual(["Customer Service", "Sales"]));
  });

  it("offers an account of the whole tenant every team", async () => {
    editorApi("supervisor");
    const { form } = await openWanda();

    await waitFor(() => expect(teamChoices(form)).toEqual(["Billing", "Customer Service", "Sales"]));
  });
});

describe("leaving with unsaved changes", () => {
  it("asks first: Stay keeps the edits, Leave goes", async () => {
    editorApi();
    const { user, form, currentUrl } = await openWanda();
    await user.selectOptions(within(form).getByRole("combobox", { name: "Team" }), "Billing");

    await user.click(within(screen.getByRole("navigation", { name: "Main" })).getByRole("link", { name: "Directory" }));
    const dialog = await screen.findByRole("dialog", { name: "Leave without saving?" });
    expect(dialog).toHaveTextContent("Your changes to Wanda Bui’s team and skills are not saved yet.");
    await user.click(within(dialog).getByRole("button", { name: "Stay on this page" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(currentUrl()).toBe("/users/wandabui");
    expect(within(form).getByRole("combobox", { name: "Team" })).toHaveValue("Billing");

    await user.click(within(screen.getByRole("navigation", { name: "Main" })).getByRole("link", { name: "Directory" }));
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Leave and discard changes" }));
    await waitFor(() => expect(currentUrl()).toBe("/directory"));
  });

  it("does not ask when nothing was changed, or after Discard", async () => {
    editorApi();
    const { user, form, currentUrl } = await openWanda();
    await user.selectOptions(within(form).getByRole("combobox", { name: "Team" }), "Billing");
    await user.click(within(form).getByRole("button", { name: "Discard changes" }));
    expect(within(form).getByRole("combobox", { name: "Team" })).toHaveValue("Customer Service");

    await user.click(within(screen.getByRole("navigation", { name: "Main" })).getByRole("link", { name: "Directory" }));
    await waitFor(() => expect(currentUrl()).toBe("/directory"));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });
});

describe("someone else changed the user meanwhile", () => {
  const conflict = (current: Partial<User>) =>
    problem(409, {
      type: EDIT_CONFLICT_TYPE,
      title: "Changed by someone else",
      detail: "Someone changed the team of this user since you loaded the page. Reload to see their change, or overwrite it with yours.",
      conflicts: ["team"],
      current: { ...editableValuesOf(WANDA), team: "Retention", disabled: false, changePassword: false, ...current },
      lastChange: { actor: "sam", at: "2026-05-04T13:02:07.000Z" },
    });

  it("shows their change beside mine; Overwrite sends mine again with their values as expected", async () => {
    const api = editorApi();
    api.on("PATCH /api/users/wandabui", (request) => (api.callsTo("PATCH /api/users/wandabui").length === 1 ? conflict({}) : json({ ...WANDA, team: (request.body as { team: string }).team })));
    const { user, form } = await openWanda();
    await user.selectOptions(within(form).getByRole("combobox", { name: "Team" }), "Sales");
    await user.click(within(form).getByRole("button", { name: "Save changes" }));

    const dialog = await screen.findByRole("dialog", { name: "Someone else changed this user" });
    expect(dialog).toHaveAccessibleDescription(/sam changed it/);
    expect(dialog).toHaveTextContent("TeamWhen you opened itCustomer ServiceNowRetentionYour changeSales");
    expect(within(dialog).getByRole("button", { name: "Reload and drop my change" })).toHaveFocus();

    await user.click(within(dialog).getByRole("button", { name: "Overwrite with my change" }));
    await screen.findByText("Saved Wanda Bui’s changes over the other ones.");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(api.callsTo("PATCH /api/users/wandabui")[1]?.body).toEqual({
      team: "Sales",
      expected: { ...editableValuesOf(WANDA), team: "Retention", disabled: false, changePassword: false },
    });
  });

  it("Reload drops my change and shows theirs", async () => {
    const api = editorApi();
    api.on("PATCH /api/users/wandabui", conflict({}));
    const { user, form } = await openWanda();
    await user.selectOptions(within(form).getByRole("combobox", { name: "Team" }), "Sales");
    await user.click(within(form).getByRole("button", { name: "Save changes" }));
    api.on("GET /api/users/wandabui", json({ ...WANDA, team: "Retention" }));

    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Reload and drop my change" }));

    expect(await screen.findByText("Showing Wanda Bui’s team and skills as they are now.")).toBeInTheDocument();
    expect(within(form).getByRole("combobox", { name: "Team" })).toHaveValue("Retention");
    expect(within(form).getByText("No unsaved changes")).toBeInTheDocument();
    expect(api.callsTo("PATCH /api/users/wandabui")).toHaveLength(1);
  });
});
