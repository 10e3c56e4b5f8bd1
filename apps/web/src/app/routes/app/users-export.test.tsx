import { JobSchema, type Job, type UsersExportResult } from "@switchboard/contracts";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { JOB_POLL_MS } from "@/hooks/use-job";
import { buildHealth, PEOPLE } from "@/testing/fixtures";
import { json, mockApi, problem } from "@/testing/mock-api";
import { renderApp } from "@/testing/render-app";
import { bpccSession } from "@/testing/user-editing";

const STARTED = "2026-12-07T08:00:00.000Z";
const FILE = "switchboard-users-2026-12-07.csv";

function exportJob(overrides: Partial<Extract<Job, { kind: "users.export" }>> = {}): Job {
  return JobSchema.parse({ id: "export-1", kind: "users.export", state: "running", done: 0, total: 2, startedAt: STARTED, ...overrides });
}

function succeeded(result: Partial<UsersExportResult> = {}): Job {
  return exportJob({
    state: "succeeded",
    done: 2,
    finishedAt: STARTED,
    result: {
      rows: 2,
      requested: 2,
      columns: ["loginId", "firstName"],
      fileName: FILE,
      downloadUrl: "/api/jobs/export-1/download",
      expiresAt: "2026-12-08T08:00:00.000Z",
      unreadable: [],
      ...result,
    },
  });
}

function exportApi(role: "viewer" | "helpdesk" | "supervisor" = "supervisor") {
  return mockApi({
    "GET /api/health": json(buildHealth()),
    "GET /api/session": json(bpccSession(role)),
    "GET /api/directory": json({ users: PEOPLE }),
    "POST /api/users/export": json(exportJob(), 202),
    "GET /api/jobs/export-1": json(exportJob({ done: 1 })),
    "GET /api/jobs/export-1/download": {
      status: 200,
      body: new Blob(["\uFEFFloginId,firstName\r\nwchen,Wei\r\n"], { type: "text/csv" }),
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${FILE}"` },
    },
  });
}

/** Catches what saveFile hands the browser: the object URL and the name. */
function catchDownloads() {
  URL.createObjectURL = vi.fn(() => "blob:export");
  URL.revokeObjectURL = vi.fn();
  const saved: Array<{ href: string; download: string }> = [];
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ href: this.href, download: this.download });
  });
  return saved;
}

const pollWait = { timeout: JOB_POLL_MS * 3 };

describe("exporting users as CSV from the Users page", () => {
  it("exports the users the search matches, shows the progress, then the download and who could not be read", async () => {
    const api = exportApi();
    const saved = catchDownloads();
    const { user, currentUrl } = renderApp("/users");

    expect(await screen.findByRole("button", { name: "Export all 5 users as CSV" })).toBeInTheDocument();
    await user.type(screen.getByRole("searchbox", { name: /Search users/ }), "chen");
    const button = await screen.findByRole("button", { name: "Export 2 users as CSV" });
    await user.click(button);

    await waitFor(() => expect(api.callsTo("POST /api/users/export")).toHaveLength(1));
    expect(api.callsTo("POST /api/users/export")[0]?.body).toEqual({ filter: { q: "chen" } });
    await waitFor(() => expect(new URL(currentUrl(), "http://x").searchParams.get("export")).toBe("export-1"));
    expect(new URL(currentUrl(), "http://x").searchParams.get("q")).toBe("chen");
    const progress = await screen.findByRole("progressbar", { name: "Reading users" });
    await waitFor(() => expect(progress).toHaveAttribute("aria-valuenow", "1"), pollWait);

    api.on("GET /api/jobs/export-1", json(succeeded({ rows: 1, unreadable: [{ loginId: "achen", problem: "The contact center did not answer in time." }] })));
    expect(await screen.findByText("Exported 1 of 2 users; 1 could not be read: achen.", {}, pollWait)).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("achen: The contact center did not answer in time.");

    await user.click(screen.getByRole("button", { name: `Download ${FILE}` }));
    await waitFor(() => expect(saved).toEqual([{ href: "blob:export", download: FILE }]));
    expect(api.callsTo("GET /api/jobs/export-1/download")).toHaveLength(1);

    await user.click(within(screen.getByRole("region", { name: "Export" })).getByRole("button", { name: "Close" }));
    await waitFor(() => expect(new URL(currentUrl(), "http://x").searchParams.has("export")).toBe(false));
  });

  it("shows a finished export again from its address, with the keyboard alone", async () => {
    const api = exportApi();
    api.on("GET /api/jobs/export-1", json(succeeded()));
    const saved = catchDownloads();
    const { user } = renderApp("/users?export=export-1");

    expect(await screen.findByText("Exported 2 users.")).toBeInTheDocument();
    screen.getByRole("button", { name: `Download ${FILE}` }).focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(saved).toHaveLength(1));
  });

  it("names at most twenty users it could not read, and counts the rest", async () => {
    const api = exportApi();
    const unreadable = Array.from({ length: 25 }, (_, i) => ({ loginId: `user${i}`, problem: "The contact center did not answer in time." }));
    api.on("GET /api/jobs/export-1", json(succeeded({ rows: 475, requested: 500, unreadable })));
    renderApp("/users?export=export-1");

    const summary = await screen.findByText(/^Exported 475 of 500 users; 25 could not be read: user0, user1,/);
    expect(summary).toHaveTextContent("user19 and 5 more.");
    expect(within(screen.getByRole("alert")).getAllByRole("listitem")).toHaveLength(20);
    expect(screen.getByRole("alert")).toHaveTextContent("And 5 more.");
  });

  it("says why an export did not start", async () => {
    const api = exportApi();
    api.on("POST /api/users/export", problem(502, { detail: "The contact center refused the request." }));
    const { user } = renderApp("/users");
    await user.click(await screen.findByRole("button", { name: "Export all 5 users as CSV" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("The export did not start");
  });

  it("says why the file could not be downloaded", async () => {
    const api = exportApi();
    api.on("GET /api/jobs/export-1", json(succeeded()));
    api.on("GET /api/jobs/export-1/download", {
      status: 410,
      body: new Blob([JSON.stringify({ type: "/problems/file-expired", title: "No longer kept", status: 410, detail: "The file is no longer kept. Export again." })], {
        type: "application/problem+json",
      }),
      headers: { "content-type": "application/problem+json" },
    });
    const { user } = renderApp("/users?export=export-1");
    await user.click(await screen.findByRole("button", { name: `Download ${FILE}` }));
    expect(await screen.findByRole("alert")).toHaveTextContent("The file is no longer kept. Export again.");
  });

  it.each(["viewer", "helpdesk"] as const)("offers no export to a %s", async (role) => {
    exportApi(role);
    renderApp("/users");
    expect(await screen.findByText("5 users")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Export/ })).not.toBeInTheDocument();
  });
});
