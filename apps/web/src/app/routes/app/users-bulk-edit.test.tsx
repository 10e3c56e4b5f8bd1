import { JobSchema, type BulkEditOutcome, type Job } from "@switchboard/contracts";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { JOB_POLL_MS } from "@/hooks/use-job";
import { buildGenesysSession, buildHealth, buildSession, PEOPLE } from "@/testing/fixtures";
import { json, mockApi } from "@/testing/mock-api";
import { renderApp } from "@/testing/render-app";
import { bpccSession } from "@/testing/user-editing";

const STARTED = "2026-12-07T08:00:00.000Z";

function bulkJob(overrides: Partial<Extract<Job, { kind: "users.bulk" }>> = {}): Job {
  return JobSchema.parse({ id: "bulk-1", kind: "users.bulk", state: "running", done: 0, total: 2, startedAt: STARTED, ...overrides });
}

function done(outcomes: BulkEditOutcome[]): Job {
  return bulkJob({ state: "succeeded", done: outcomes.length, total: outcomes.length, finishedAt: STARTED, result: { outcomes } });
}

function usersApi(session = bpccSession("supervisor")) {
  return mockApi({
    "GET /api/health": json(buildHealth()),
    "GET /api/session": json(session),
    "GET /api/directory": json({ users: PEOPLE }),
    "GET /api/teams": json({ teams: [{ name: "Billing" }, { name: "Customer Service" }, { name: "Sales" }] }),
    "POST /api/users/bulk": json(bulkJob(), 202),
    "GET /api/jobs/bulk-1": json(bulkJob({ done: 1 })),
  });
}

const pollWait = { timeout: JOB_POLL_MS * 3 };

describe("bulk edit on the Users page", () => {
  it("changes a skill on the selected users after a confirmation, shows the progress, then each user's outcome", async () => {
    const api = usersApi();
    const { user, currentUrl } = renderApp("/users");

    await user.click(await screen.findByRole("checkbox", { name: "Select Wei Chen" }));
    await user.click(screen.getByRole("checkbox", { name: "Select Amy Chenoweth" }));
    const bar = screen.getByRole("region", { name: "Selected users" });
    expect(bar).toHaveTextContent("2 users selected");
    await user.click(within(bar).getByRole("button", { name: "Bulk edit" }));

    const form = await screen.findByRole("dialog", { name: "Bulk edit 2 users" });
    await user.type(within(form).getByRole("textbox", { name: "Skill" }), "Support");
    await user.type(within(form).getByRole("textbox", { name: /^Level/ }), "80");
    await user.click(within(form).getByRole("button", { name: "Review the change" }));

    const confirm = await screen.findByRole("dialog", { name: "Change 2 users?" });
    expect(confirm).toHaveTextContent("Set the skill Support to level 80");
    expect(api.callsTo("POST /api/users/bulk")).toHaveLength(0);
    await user.click(within(confirm).getByRole("button", { name: "Change 2 users" }));

    await waitFor(() => expect(api.callsTo("POST /api/users/bulk")).toHaveLength(1));
    expect(api.callsTo("POST /api/users/bulk")[0]?.body).toEqual({ loginIds: ["wchen", "achen"], change: { setSkills: { Support: 80 } } });
    await waitFor(() => expect(currentUrl()).toBe("/users?bulk=bulk-1"));
    const bar2 = await screen.findByRole("progressbar", { name: "Changing users" });
    await waitFor(() => expect(bar2).toHaveAttribute("aria-valuenow", "1"), pollWait);
    expect(screen.getByText("Changing users: 1 of 2")).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Selected users" })).not.toBeInTheDocument();

    api.on("GET /api/jobs/bulk-1", json(done([{ loginId: "wchen", outcome: "updated" }, { loginId: "achen", outcome: "failed", problem: "No user named “achen”." }])));
    const summary = await screen.findByText("Bulk edit done: 1 updated, 0 unchanged, 1 failed.", {}, pollWait);
    expect(summary).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("Amy Chenoweth: No user named “achen”.");

    await user.click(screen.getByRole("button", { name: "Done" }));
    await waitFor(() => expect(currentUrl()).toBe("/users"));
  });

  it("says what is wrong with a level before sending anything", async () => {
    const api = usersApi();
    const { user } = renderApp("/users");

    await user.click(await screen.findByRole("checkbox", { name: "Select Wei Chen" }));
    await user.click(screen.getByRole("button", { name: "Bulk edit" }));
    const form = await screen.findByRole("dialog", { name: "Bulk edit 1 user" });
    await user.type(within(form).getByRole("textbox", { name: "Skill" }), "Support");
    await user.type(within(form).getByRole("textbox", { name: /^Level/ }), "101");
    await user.click(within(form).getByRole("button", { name: "Review the change" }));

    expect(within(form).getByRole("textbox", { name: /^Level/ })).toHaveAccessibleDescription(/Use a whole number from 0 to 100/);
    expect(screen.queryByRole("dialog", { name: /^Change/ })).not.toBeInTheDocument();
    expect(api.callsTo("POST /api/users/bulk")).toHaveLength(0);
  });

  it("disables or moves the selection to a team, and selects every user shown at once", async () => {
    const api = usersApi();
    api.on("GET /api/jobs/bulk-1", json(done(PEOPLE.map(({ loginId }) => ({ loginId, outcome: "updated" as const })))));
    const { user } = renderApp("/users");

    await user.click(await screen.findByRole("checkbox", { name: "Select every user shown" }));
    expect(screen.getByRole("region", { name: "Selected users" })).toHaveTextContent(`${PEOPLE.length} users selected`);
    await user.click(screen.getByRole("button", { name: "Bulk edit" }));
    const form = await screen.findByRole("dialog");
    await user.selectOptions(await within(form).findByRole("combobox", { name: "Move to team" }), "Sales");
    await user.selectOptions(within(form).getByRole("combobox", { name: "Account" }), "Disable");
    await user.click(within(form).getByRole("button", { name: "Review the change" }));
    const confirm = await screen.findByRole("dialog", { name: `Change ${PEOPLE.length} users?` });
    expect(confirm).toHaveTextContent("Move to the team Sales");
    expect(confirm).toHaveTextContent("Disable their accounts");
    await user.click(within(confirm).getByRole("button", { name: `Change ${PEOPLE.length} users` }));

    await waitFor(() => expect(api.callsTo("POST /api/users/bulk")).toHaveLength(1));
    expect(api.callsTo("POST /api/users/bulk")[0]?.body).toMatchObject({ change: { team: "Sales", disabled: true } });
    expect(await screen.findByText(`Bulk edit done: ${PEOPLE.length} updated, 0 unchanged, 0 failed.`)).toBeInTheDocument();
  });

  it("offers a supervisor scoped to teams only those teams to move the selection to", async () => {
    const api = usersApi();
    const session = bpccSession("supervisor");
    api.on("GET /api/session", json({ ...session, account: { ...session.account, teams: ["customer service", "Sales"] } }));
    const { user } = renderApp("/users");

    await user.click(await screen.findByRole("checkbox", { name: "Select Wei Chen" }));
    await user.click(screen.getByRole("button", { name: "Bulk edit" }));
    const form = await screen.findByRole("dialog", { name: "Bulk edit 1 user" });
    const team = await within(form).findByRole("combobox", { name: "Move to team" });
    expect(within(team).getAllByRole("option").map((option) => option.textContent)).toEqual(["Leave as it is", "Customer Service", "Sales"]);
    await user.selectOptions(team, "Customer Service");
    await user.click(within(form).getByRole("button", { name: "Review the change" }));
    await user.click(within(await screen.findByRole("dialog", { name: "Change 1 user?" })).getByRole("button", { name: "Change 1 user" }));
    await waitFor(() => expect(api.callsTo("POST /api/users/bulk")).toHaveLength(1));
    expect(api.callsTo("POST /api/users/bulk")[0]?.body).toEqual({ loginIds: ["wchen"], change: { team: "Customer Service" } });
  });

  it("lets the team be typed when the list of teams cannot be loaded", async () => {
    const api = usersApi();
    api.on("GET /api/teams", json({ type: "/problems/upstream-unavailable", title: "Contact center unavailable", status: 502 }, 502));
    const { user } = renderApp("/users");

    await user.click(await screen.findByRole("checkbox", { name: "Select Wei Chen" }));
    await user.click(screen.getByRole("button", { name: "Bulk edit" }));
    const form = await screen.findByRole("dialog", { name: "Bulk edit 1 user" });
    const team = within(form).getByRole("textbox", { name: "Move to team" });
    await waitFor(() => expect(team).toHaveAccessibleDescription("The list of teams could not be loaded: type the team's name."));
    await user.type(team, "Sales");
    await user.click(within(form).getByRole("button", { name: "Review the change" }));
    expect(await screen.findByRole("dialog", { name: "Change 1 user?" })).toHaveTextContent("Move to the team Sales");
  });

  it("offers only skills on Genesys, where team and account state do not change", async () => {
    usersApi(buildGenesysSession("supervisor"));
    const { user } = renderApp("/users");

    await user.click(await screen.findByRole("checkbox", { name: "Select Wei Chen" }));
    await user.click(screen.getByRole("button", { name: "Bulk edit" }));
    const form = await screen.findByRole("dialog");
    expect(within(form).getByRole("textbox", { name: "Skill" })).toBeInTheDocument();
    expect(within(form).queryByRole("textbox", { name: "Move to team" })).not.toBeInTheDocument();
    expect(within(form).queryByRole("combobox", { name: "Account" })).not.toBeInTheDocument();
  });

  it("has no selection for a role that may not edit users", async () => {
    usersApi(buildSession("helpdesk"));
    renderApp("/users");
    expect(await screen.findByRole("link", { name: "Wei Chen" })).toBeInTheDocument();
    expect(screen.queryByRole("checkbox")).not.toBeInTheDocument();
  });
});
