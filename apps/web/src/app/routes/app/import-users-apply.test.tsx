import { JobSchema, type ImportPreview, type Job, type Role } from "@switchboard/contracts";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { buildGenesysSession, buildHealth, buildSession, PEOPLE } from "@/testing/fixtures";
import { JOB_POLL_MS } from "@/hooks/use-job";
import { json, mockApi, problem, type RecordedRequest } from "@/testing/mock-api";
import { renderApp } from "@/testing/render-app";

// /users/import, applying: a clean preview offers Apply, a confirmation names the counts (destructive
// when it deletes), the job's progress and each row's outcome follow, with the job in the address;
// after a partial failure the same file can be applied again.

const STARTED = "2026-12-07T02:00:00.000Z";
const CLEAN: ImportPreview = {
  rows: [
    { row: 2, loginId: "new.person", action: "create", changes: { firstName: { from: null, to: "New" } } },
    { row: 3, loginId: "eric.chen", action: "update", changes: { team: { from: "Sales", to: "Support" } } },
    { row: 4, loginId: "old.person", action: "delete" },
    { row: 5, loginId: "ana.lopez", action: "unchanged" },
  ],
  summary: { create: 1, update: 1, delete: 1, unchanged: 1, error: 0 },
};
const WITH_ERRORS: ImportPreview = {
  rows: [
    { row: 2, loginId: "new.person", action: "error", errors: [{ field: "team", message: "The contact center has no team “Nowhere”." }] },
    { row: 3, loginId: "eric.chen", action: "update", changes: { team: { from: "Sales", to: "Support" } } },
  ],
  summary: { create: 0, update: 1, delete: 0, unchanged: 0, error: 1 },
};

function importJob(overrides: Partial<Extract<Job, { kind: "users.import" }>> = {}): Job {
  return JobSchema.parse({ id: "imp-1", kind: "users.import", state: "running", done: 0, total: 4, startedAt: STARTED, ...overrides });
}

const PARTIAL = importJob({
  state: "succeeded",
  done: 4,
  finishedAt: STARTED,
  result: {
    rows: [
      { row: 2, loginId: "new.person", outcome: "created" },
      { row: 3, loginId: "eric.chen", outcome: "failed", problem: "Someone else changed this user after the file was previewed; their change was kept." },
      { row: 4, loginId: "old.person", outcome: "deleted" },
      { row: 5, loginId: "ana.lopez", outcome: "unchanged" },
    ],
    needPassword: ["new.person"],
  },
});

function importApi(preview: ImportPreview, role: Role = "admin") {
  const api = mockApi({
    "GET /api/health": json(buildHealth()),
    "GET /api/session": json(buildSession(role)),
    "GET /api/directory": json({ users: PEOPLE }),
    "GET /api/jobs/imp-1": json(importJob({ done: 2 })),
  });
  api.on("POST /api/users/import", (request: RecordedRequest) => (request.query.get("mode") === "apply" ? json(importJob(), 202) : json(preview)));
  return api;
}

const csvFile = () => new File(["loginId,firstName\nnew.person,New\n"], "users.csv", { type: "text/csv" });
const pollWait = { timeout: JOB_POLL_MS * 3 };

async function previewFile() {
  const view = renderApp("/users/import");
  await screen.findByRole("heading", { level: 1, name: "Import users" });
  await view.user.upload(screen.getByLabelText("CSV file"), csvFile());
  await view.user.click(screen.getByRole("button", { name: "Preview" }));
  await screen.findByLabelText("Summary");
  return view;
}

describe("importing users: applying", () => {
  it("is not offered while the preview has errors, and says why", async () => {
    importApi(WITH_ERRORS);
    await previewFile();
    expect(screen.getByText("Fix the error above and preview again: a file with errors is not applied.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Apply" })).not.toBeInTheDocument();
  });

  it("asks with the counts (destructive when it deletes), then shows the job's progress with its id in the address, then each row's outcome", async () => {
    const api = importApi(CLEAN);
    const { user, currentUrl } = await previewFile();

    await user.click(screen.getByRole("button", { name: "Apply" }));
    const dialog = await screen.findByRole("dialog", { name: "Apply this file?" });
    expect(dialog).toHaveTextContent("Create 1, update 1, delete 1 users?");
    expect(within(dialog).getByRole("button", { name: "Cancel" })).toHaveFocus();
    expect(api.callsTo("POST /api/users/import")).toHaveLength(1);
    await user.click(within(dialog).getByRole("button", { name: "Apply and delete 1 user" }));

    await waitFor(() => expect(currentUrl()).toBe("/users/import?job=imp-1"));
    const [, applyRequest] = api.callsTo("POST /api/users/import") as [RecordedRequest, RecordedRequest];
    expect(applyRequest.query.get("mode")).toBe("apply");
    expect(applyRequest.headers.get("Content-Type")).toBe("text/csv");
    expect(applyRequest.body).toBeInstanceOf(File);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();

    const bar = await screen.findByRole("progressbar", { name: "Applying rows" });
    await waitFor(() => expect(bar).toHaveAttribute("aria-valuenow", "2"), pollWait);

    api.on("GET /api/jobs/imp-1", json(PARTIAL));
    expect(await screen.findByRole("status", {}, pollWait)).toHaveTextContent("Import applied: 1 created, 0 updated, 1 deleted, 1 unchanged, 1 failed.");
    expect(screen.getByRole("alert")).toHaveTextContent("Row 3, eric.chen: Someone else changed this user after the file was previewed");
    expect(screen.getByRole("region", { name: "1 new user has no password yet" })).toHaveTextContent("Reset password");
    expect(screen.getByRole("link", { name: "new.person" })).toHaveAttribute("href", "/users/new.person");
    const outcomes = screen.getByRole("table", { name: "What applying did with each row" });
    expect(within(outcomes).getAllByRole("row")).toHaveLength(5);

    // The same file again: only what is left is the server's to write.
    api.on("POST /api/users/import", json(importJob({ id: "imp-2" }), 202));
    api.on("GET /api/jobs/imp-2", json(importJob({ id: "imp-2", done: 1 })));
    await user.click(screen.getByRole("button", { name: "Apply again" }));
    await waitFor(() => expect(currentUrl()).toBe("/users/import?job=imp-2"));
    expect(api.callsTo("POST /api/users/import")).toHaveLength(3);
  });

  it("a file without deletes gets a plain Apply", async () => {
    importApi({ rows: CLEAN.rows.slice(0, 2), summary: { create: 1, update: 1, delete: 0, unchanged: 0, error: 0 } });
    const { user } = await previewFile();
    await user.click(screen.getByRole("button", { name: "Apply" }));
    const dialog = await screen.findByRole("dialog", { name: "Apply this file?" });
    expect(dialog).toHaveTextContent("Create 1, update 1 users?");
    expect(within(dialog).getByRole("button", { name: "Apply" })).toHaveFocus();
  });

  it("a file the server finds errors in now is refused, and its errors are shown on their rows", async () => {
    const api = importApi(CLEAN);
    const { user, currentUrl } = await previewFile();
    api.on("POST /api/users/import", problem(400, { title: "The file has errors", detail: "1 row has errors.", preview: WITH_ERRORS }));
    await user.click(screen.getByRole("button", { name: "Apply" }));
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Apply and delete 1 user" }));

    expect(await screen.findByRole("list", { name: "Errors in row 2" })).toHaveTextContent("no team “Nowhere”");
    expect(screen.queryByRole("button", { name: "Apply" })).not.toBeInTheDocument();
    expect(currentUrl()).toBe("/users/import");
  });

  it("coming back by the address shows the job's outcome; applying again needs the file chosen again", async () => {
    const api = importApi(CLEAN);
    api.on("GET /api/jobs/imp-1", json(PARTIAL));
    renderApp("/users/import?job=imp-1");
    expect(await screen.findByText(/^Import applied:/)).toHaveTextContent("1 failed");
    expect(screen.getByRole("button", { name: "Apply again" })).toBeDisabled();
    expect(screen.getByText("Choose the same file above to apply it again.")).toBeInTheDocument();
  });

  it("where Switchboard cannot set passwords (Genesys), says to set the new users' passwords in the platform", async () => {
    const api = importApi(CLEAN);
    const genesys = buildGenesysSession("admin");
    api.on("GET /api/session", json({ ...genesys, capabilities: { ...genesys.capabilities, operations: genesys.capabilities.operations.filter((op) => op !== "resetPassword") } }));
    api.on("GET /api/jobs/imp-1", json(PARTIAL));
    renderApp("/users/import?job=imp-1");
    const region = await screen.findByRole("region", { name: "1 new user has no password yet" });
    expect(region).toHaveTextContent("set each one’s password in the platform’s own administration");
    expect(region).not.toHaveTextContent("Reset password");
  });
});
