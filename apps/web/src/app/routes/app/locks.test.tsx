import { JobSchema, type Job } from "@switchboard/contracts";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { JOB_POLL_MS } from "@/hooks/use-job";
import { buildGenesysSession, buildHealth, buildSession, PEOPLE } from "@/testing/fixtures";
import { json, mockApi, problem } from "@/testing/mock-api";
import { renderApp } from "@/testing/render-app";
import { buildUser } from "@/testing/user-fixtures";

const STARTED = "2026-12-07T08:00:00.000Z";

function scanJob(overrides: Partial<Extract<Job, { kind: "locks.scan" }>> = {}): Job {
  return JobSchema.parse({ id: "scan-1", kind: "locks.scan", state: "running", done: 0, total: 5, startedAt: STARTED, ...overrides });
}

function finished(lockedOut: string[], unreadable: string[] = []): Job {
  return scanJob({ state: "succeeded", done: 5, finishedAt: STARTED, result: { lockedOut, unreadable, scannedAt: STARTED } });
}

function locksApi(job: Job = finished(["navarro", "dale.turner"])) {
  return mockApi({
    "GET /api/health": json(buildHealth()),
    "GET /api/session": json(buildSession("helpdesk")),
    "GET /api/directory": json({ users: PEOPLE }),
    "POST /api/locks/scan": json(scanJob(), 202),
    "GET /api/jobs/scan-1": json(job),
    "GET /api/users/navarro": json(buildUser({ loginId: "navarro", firstName: "José", lastName: "Navarro", team: "Support Team" })),
    "GET /api/users/dale.turner": json(buildUser({ loginId: "dale.turner", firstName: "Dale", lastName: "Turner", team: "Accounting" })),
    "DELETE /api/users/navarro/lock": json({ lockedOut: false }),
    "DELETE /api/users/dale.turner/lock": json({ lockedOut: false }),
  });
}

const pollWait = { timeout: JOB_POLL_MS * 3 };

describe("the Locked right now page", () => {
  it("scans on request, shows the progress, then who is locked out with names and teams; the scan stays in the address", async () => {
    const api = locksApi(scanJob({ done: 2 }));
    const { user, currentUrl } = renderApp("/locks");

    expect(await screen.findByRole("heading", { level: 1, name: "Locked right now" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Scan now" }));

    const bar = await screen.findByRole("progressbar", { name: "Scanning users" });
    expect(bar).toHaveAttribute("aria-valuemax", "5");
    await waitFor(() => expect(bar).toHaveAttribute("aria-valuenow", "2"), pollWait);
    expect(screen.getByText("Scanning users: 2 of 5")).toBeInTheDocument();
    expect(currentUrl()).toBe("/locks?job=scan-1");

    api.on("GET /api/jobs/scan-1", json(finished(["navarro", "dale.turner"])));
    const table = await screen.findByRole("table", { name: "Locked-out users" }, pollWait);
    expect(screen.getByRole("status")).toHaveTextContent("2 users locked out.");
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getAllByRole("cell")[1]?.textContent)).toEqual(["José Navarro", "Dale Turner"]);
    expect(await within(table).findByText("Support Team")).toBeInTheDocument();
    expect(await within(table).findByText("Accounting")).toBeInTheDocument();
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  });

  it("shows a scan from the address when the person comes back, and unlocks one user", async () => {
    const api = locksApi();
    const { user } = renderApp("/locks?job=scan-1");

    const table = await screen.findByRole("table", { name: "Locked-out users" });
    const navarro = within(table).getByRole("row", { name: /José Navarro/ });
    await user.click(within(navarro).getByRole("button", { name: "Unlock" }));

    expect(await within(navarro).findByText("Unlocked")).toBeInTheDocument();
    expect(api.callsTo("DELETE /api/users/navarro/lock")).toHaveLength(1);
    expect(api.callsTo("DELETE /api/users/dale.turner/lock")).toHaveLength(0);
  });

  it("unlocks a selection after a confirmation naming them", async () => {
    const api = locksApi();
    const { user } = renderApp("/locks?job=scan-1");

    const table = await screen.findByRole("table", { name: "Locked-out users" });
    expect(screen.getByRole("button", { name: "Unlock selected" })).toBeDisabled();
    await user.click(within(table).getByRole("checkbox", { name: "Select every locked user" }));
    await user.click(screen.getByRole("button", { name: "Unlock selected (2)" }));

    const dialog = await screen.findByRole("dialog", { name: "Unlock 2 users?" });
    expect(dialog).toHaveTextContent("José Navarro (navarro)");
    expect(dialog).toHaveTextContent("Dale Turner (dale.turner)");
    expect(api.callsTo("DELETE /api/users/navarro/lock")).toHaveLength(0);
    await user.click(within(dialog).getByRole("button", { name: "Unlock 2 users" }));

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(within(table).getAllByText("Unlocked")).toHaveLength(2);
    expect(api.callsTo("DELETE /api/users/navarro/lock")).toHaveLength(1);
    expect(api.callsTo("DELETE /api/users/dale.turner/lock")).toHaveLength(1);
  });

  it("says which users of a selection could not be unlocked", async () => {
    const api = locksApi();
    api.on("DELETE /api/users/dale.turner/lock", problem(502, { detail: "The contact center could not complete the request." }));
    const { user } = renderApp("/locks?job=scan-1");

    const table = await screen.findByRole("table", { name: "Locked-out users" });
    await user.click(within(table).getByRole("checkbox", { name: "Select José Navarro" }));
    await user.click(within(table).getByRole("checkbox", { name: "Select Dale Turner" }));
    await user.click(screen.getByRole("button", { name: "Unlock selected (2)" }));
    const dialog = await screen.findByRole("dialog", { name: "Unlock 2 users?" });
    await user.click(within(dialog).getByRole("button", { name: "Unlock 2 users" }));

    expect(await within(dialog).findByRole("alert")).toHaveTextContent("1 could not be unlocked");
    expect(within(dialog).getByRole("alert")).toHaveTextContent("Dale Turner");
    expect(within(within(table).getByRole("row", { name: /José Navarro/ })).getByText("Unlocked")).toBeInTheDocument();
  });

  it("says when nobody is locked out", async () => {
    locksApi(finished([]));
    renderApp("/locks?job=scan-1");
    expect(await screen.findByText("Nobody is locked out.")).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("explains a scan that could not start, and one that failed", async () => {
    const api = locksApi(scanJob({ state: "failed", done: 3, problem: "The contact center did not answer in time." }));
    api.on("POST /api/locks/scan", problem(502, { detail: "The contact center could not complete the request." }));
    const { user } = renderApp("/locks");

    await user.click(await screen.findByRole("button", { name: "Scan now" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("The scan could not start");

    api.on("POST /api/locks/scan", json(scanJob(), 202));
    await user.click(screen.getByRole("button", { name: "Scan now" }));
    const alert = await screen.findByText(/Scanning users failed/);
    expect(alert.closest("[role=alert]")).toHaveTextContent("The contact center did not answer in time. It had done 3 of 5.");
  });

  it("is not in the navigation on Genesys, which has no lock state", async () => {
    mockApi({
      "GET /api/health": json(buildHealth()),
      "GET /api/session": json(buildGenesysSession("helpdesk")),
      "GET /api/directory": json({ users: PEOPLE }),
    });
    renderApp("/directory");
    const nav = await screen.findByRole("navigation");
    await within(nav).findByRole("link", { name: "Directory" });
    expect(within(nav).queryByRole("link", { name: "Lockouts" })).not.toBeInTheDocument();
  });

  it("is not in a viewer's navigation", async () => {
    mockApi({
      "GET /api/health": json(buildHealth()),
      "GET /api/session": json(buildSession("viewer")),
      "GET /api/directory": json({ users: PEOPLE }),
    });
    renderApp("/directory");
    const nav = await screen.findByRole("navigation");
    await within(nav).findByRole("link", { name: "Directory" });
    expect(within(nav).queryByRole("link", { name: "Lockouts" })).not.toBeInTheDocument();
  });

  it("is in the helpdesk's navigation", async () => {
    locksApi();
    renderApp("/directory");
    const nav = await screen.findByRole("navigation");
    expect(await within(nav).findByRole("link", { name: "Lockouts" })).toHaveAttribute("href", "/locks");
  });
});
