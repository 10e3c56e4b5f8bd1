import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { buildAuditPage, buildAuditRecord } from "@/testing/admin-fixtures";
import { buildHealth, buildSession } from "@/testing/fixtures";
import { json, mockApi, problem, type RecordedRequest } from "@/testing/mock-api";
import { renderApp } from "@/testing/render-app";

const CREATION = buildAuditRecord({
  action: "account.create",
  actor: "admin",
  target: "dora",
  status: 201,
  changes: { after: { username: "dora", role: "helpdesk", disabled: false, password: "set" } },
});
const SIGN_IN = buildAuditRecord({
  at: "2026-05-04T13:05:00.000Z",
  action: "session.sign_in",
  actor: "dora",
  role: "helpdesk",
  target: "dora",
  status: 200,
});
const REFUSAL = buildAuditRecord({
  action: "account.update",
  target: "admin",
  outcome: "refused",
  status: 409,
  reason: "You cannot disable your own account; ask another admin to do it.",
});

function auditApi(handler: (request: RecordedRequest) => ReturnType<typeof json> = () =>
  json(buildAuditPage([SIGN_IN, CREATION, REFUSAL]))) {
  return mockApi({
    "GET /api/health": json(buildHealth()),
    "GET /api/session": json(buildSession("admin", "admin")),
    "GET /api/audit": handler,
  });
}

const form = () => screen.getByRole("search", { name: "Filter the audit trail" });

describe("the Audit page", () => {
  it("shows each record: local time with UTC beside it, who, what, on what, and how it ended", async () => {
    auditApi();
    renderApp("/audit");

    const table = await screen.findByRole("table", { name: "Audit records, newest first" });
    await waitFor(() => expect(document.title).toBe("Audit · Switchboard"));
    const headers = within(table).getAllByRole("columnheader").map((h) => h.textContent);
    expect(headers).toEqual(["Time (local)", "Actor", "Action", "Target", "Outcome", "Reason", "Details"]);
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows[0]).toHaveTextContent(/dora\s*helpdesk/);
    expect(rows[0]).toHaveTextContent("session.sign_in");
    const time = within(rows[0]!).getByText((_, element) => element?.tagName === "TIME");
    expect(time).toHaveAttribute("datetime", "2026-05-04T13:05:00.000Z");
    expect(time).toHaveAttribute("title", "2026-05-04 13:05:00 UTC");
    expect(within(rows[1]!).getByText("succeeded")).toBeInTheDocument();
    expect(rows[2]).toHaveTextContent("refused");
    expect(rows[2]).toHaveTextContent("409");
    expect(rows[2]).toHaveTextContent("You cannot disable your own account; ask another admin to do it.");
    expect(screen.getByRole("status")).toHaveTextContent("3 records, the whole trail.");
  });

  it("opens the user a record is about from its target; an account's target is plain text", async () => {
    const unlock = buildAuditRecord({ action: "user.unlock", actor: "hana", target: "eric.chen", status: 200 });
    auditApi(() => json(buildAuditPage([unlock, CREATION])));
    const { user, currentUrl } = renderApp("/audit");
    const table = await screen.findByRole("table", { name: "Audit records, newest first" });

    expect(within(table).queryByRole("link", { name: "dora" })).not.toBeInTheDocument();
    await user.click(within(table).getByRole("link", { name: "eric.chen" }));

    await waitFor(() => expect(currentUrl()).toBe("/users/eric.chen"));
  });

  it("opens a record to its before → after, address and request id", async () => {
    auditApi();
    const { user } = renderApp("/audit");
    await screen.findByRole("table", { name: "Audit records, newest first" });

    const toggle = screen.getByRole("button", { name: `Changes of record ${CREATION.id}` });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    await user.click(toggle);

    expect(toggle).toHaveAttribute("aria-expanded", "true");
    const details = document.getElementById(toggle.getAttribute("aria-controls") ?? "");
    expect(details).not.toBeNull();
    const changes = within(details!).getByRole("table", { name: "Changes" });
    expect(within(changes).getByRole("row", { name: "role — helpdesk" })).toBeInTheDocument();
    expect(details).toHaveTextContent("2026-05-04 13:02:07 UTC");
    expect(details).toHaveTextContent("10.0.0.7");
    expect(details).toHaveTextContent(CREATION.requestId);

    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("table", { name: "Changes" })).not.toBeInTheDocument();
  });

  it("fills the filters from the address and asks the BFF for exactly that view", async () => {
    const api = auditApi();
    renderApp("/audit?actor=admin&action=account.create&from=2026-05-01T08%3A00%3A00.000Z");

    await screen.findByRole("table", { name: "Audit records, newest first" });
    expect(within(form()).getByLabelText("Actor")).toHaveValue("admin");
    expect(within(form()).getByLabelText("Action")).toHaveValue("account.create");
    expect(within(form()).getByLabelText("From")).toHaveValue(localInput("2026-05-01T08:00:00.000Z"));
    const query = api.callsTo("GET /api/audit")[0]?.query;
    expect(query?.get("actor")).toBe("admin");
    expect(query?.get("action")).toBe("account.create");
    expect(query?.get("from")).toBe("2026-05-01T08:00:00.000Z");
    expect(query?.has("target")).toBe(false);
    expect(api.callsTo("GET /api/audit")).toHaveLength(1);
  });

  it("writes applied filters to the address (times in UTC), so the view can be bookmarked", async () => {
    const api = auditApi();
    const { user, currentUrl } = renderApp("/audit");
    await screen.findByRole("table", { name: "Audit records, newest first" });

    await user.type(within(form()).getByLabelText("Target"), "dora");
    await user.selectOptions(within(form()).getByLabelText("Action"), "Create account (account.create)");
    await user.type(within(form()).getByLabelText("From"), "2026-05-04T09:30");
    await user.click(within(form()).getByRole("button", { name: "Apply filters" }));

    const from = new Date(2026, 4, 4, 9, 30).toISOString();
    await waitFor(() =>
      expect(currentUrl()).toBe(`/audit?action=account.create&target=dora&from=${encodeURIComponent(from)}`),
    );
    await waitFor(() => expect(api.callsTo("GET /api/audit")).toHaveLength(2));
    const query = api.callsTo("GET /api/audit")[1]?.query;
    expect(Object.fromEntries(query ?? [])).toEqual({ action: "account.create", target: "dora", from, limit: "50" });
    expect(screen.getByRole("link", { name: "Clear filters" })).toHaveAttribute("href", "/audit");
  });

  it("refuses a time range that ends before it starts, on the field", async () => {
    const api = auditApi();
    const { user } = renderApp("/audit");
    await screen.findByRole("table", { name: "Audit records, newest first" });

    await user.type(within(form()).getByLabelText("From"), "2026-05-04T09:30");
    await user.type(within(form()).getByLabelText("To"), "2026-05-03T09:30");
    await user.click(within(form()).getByRole("button", { name: "Apply filters" }));

    const to = within(form()).getByLabelText("To");
    expect(to).toHaveAccessibleDescription(expect.stringContaining("Choose a time after the start."));
    expect(to).toHaveFocus();
    expect(api.callsTo("GET /api/audit")).toHaveLength(1);
  });

  it("puts the BFF's objection to a filter from the address on that filter", async () => {
    auditApi(() =>
      problem(400, {
        title: "Invalid input",
        detail: "Check the highlighted fields.",
        errors: [{ field: "from", message: "must be an ISO 8601 date-time" }],
      }),
    );
    renderApp("/audit?from=yesterday");

    expect(await screen.findByRole("alert")).toHaveTextContent("Check the highlighted fields.");
    expect(within(form()).getByLabelText("From")).toHaveAccessibleDescription(
      expect.stringContaining("must be an ISO 8601 date-time"),
    );
  });

  it("loads older records with the cursor of the last page", async () => {
    const older = buildAuditRecord({ action: "session.sign_out", actor: "otto", target: null });
    const api = auditApi(({ query }) =>
      query.get("cursor") === "997"
        ? json(buildAuditPage([older]))
        : json(buildAuditPage([SIGN_IN, CREATION, REFUSAL], "997")),
    );
    const { user } = renderApp("/audit?actor=admin");
    await screen.findByRole("table", { name: "Audit records, newest first" });
    expect(screen.getByRole("status")).toHaveTextContent("The newest 3 records; older ones follow.");

    await user.click(screen.getByRole("button", { name: "Load older records" }));

    expect(await screen.findByText("session.sign_out")).toBeInTheDocument();
    expect(screen.getAllByRole("row")).toHaveLength(5);
    expect(api.callsTo("GET /api/audit")[1]?.query.get("cursor")).toBe("997");
    expect(api.callsTo("GET /api/audit")[1]?.query.get("actor")).toBe("admin");
    expect(screen.queryByRole("button", { name: "Load older records" })).not.toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("4 records, the whole trail for these filters.");
    expect(screen.getByRole("status")).toHaveFocus();
  });

  it("says when nothing matches, and how to see everything again", async () => {
    auditApi(() => json(buildAuditPage([])));
    renderApp("/audit?actor=nobody");

    expect(await screen.findByText("No records match these filters.")).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Clear filters" })).toBeInTheDocument();
  });

  it("exports the filtered trail as CSV: the same filters, asked for as text/csv, saved under the BFF's name", async () => {
    const api = auditApi();
    api.on("GET /api/audit", (request) =>
      request.headers.get("Accept") === "text/csv"
        ? {
            status: 200,
            body: new Blob(["id,time (UTC)\n1,2026-05-04T13:02:07.000Z\n"], { type: "text/csv" }),
            headers: {
              "content-type": "text/csv; charset=utf-8",
              "content-disposition": 'attachment; filename="switchboard-audit-2026-05-04.csv"',
            },
          }
        : json(buildAuditPage([CREATION])),
    );
    URL.createObjectURL = vi.fn(() => "blob:audit");
    URL.revokeObjectURL = vi.fn();
    const saved: Array<{ href: string; download: string }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ href: this.href, download: this.download });
    });
    const { user } = renderApp("/audit?target=dora");
    await screen.findByRole("table", { name: "Audit records, newest first" });

    await user.click(screen.getByRole("button", { name: "Export CSV of the filtered trail" }));

    expect(await screen.findByText("Downloaded switchboard-audit-2026-05-04.csv")).toBeInTheDocument();
    const request = api.callsTo("GET /api/audit").find((r) => r.headers.get("Accept") === "text/csv");
    expect(request?.query.get("target")).toBe("dora");
    expect(request?.query.has("cursor")).toBe(false);
    expect(saved).toEqual([{ href: "blob:audit", download: "switchboard-audit-2026-05-04.csv" }]);
  });

  it("says plainly why an export was refused", async () => {
    const api = auditApi();
    const { user } = renderApp("/audit");
    await screen.findByRole("table", { name: "Audit records, newest first" });
    api.on("GET /api/audit", {
      status: 503,
      body: new Blob([JSON.stringify({ type: "about:blank", title: "Unavailable", status: 503, detail: "The audit store is busy." })], {
        type: "application/problem+json",
      }),
      headers: { "content-type": "application/problem+json" },
    });

    await user.click(screen.getByRole("button", { name: "Export CSV of the whole trail" }));

    expect(await screen.findByText("Could not export the audit trail. The audit store is busy.")).toBeInTheDocument();
  });
});

/** What a datetime-local input shows for an ISO moment, in the test machine's time zone. */
function localInput(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
