import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { buildAuditPage, buildAuditRecord } from "@/testing/admin-fixtures";
import { buildHealth, buildSession } from "@/testing/fixtures";
import { json, mockApi } from "@/testing/mock-api";
import { renderApp } from "@/testing/render-app";

const INTERRUPTED = buildAuditRecord({
  action: "user.delete",
  target: "old.agent",
  outcome: "interrupted",
  status: null,
  reason: "The server stopped before this finished, so its outcome is unknown; check the platform for its effect.",
});
const PENDING = buildAuditRecord({ action: "user.unlock", target: "eric.chen", outcome: "pending", status: null });

describe("the Audit page's outcomes", () => {
  it("tells an attempt the server never finished from one still in progress", async () => {
    mockApi({
      "GET /api/health": json(buildHealth()),
      "GET /api/session": json(buildSession("admin", "admin")),
      "GET /api/audit": json(buildAuditPage([PENDING, INTERRUPTED])),
    });
    renderApp("/audit");

    const table = await screen.findByRole("table", { name: "Audit records, newest first" });
    const [pending, interrupted] = within(table).getAllByRole("row").slice(1);
    expect(within(pending!).getByText("pending")).toBeInTheDocument();
    expect(within(interrupted!).getByText("interrupted – outcome unknown")).toBeInTheDocument();
    expect(interrupted).toHaveTextContent("check the platform for its effect");
    expect(interrupted).not.toHaveTextContent(/succeeded|failed/);
  });
});
