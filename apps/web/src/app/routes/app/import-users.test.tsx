import type { ImportPreview, Role } from "@switchboard/contracts";
import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { buildHealth, buildSession, PEOPLE } from "@/testing/fixtures";
import { json, mockApi, problem, type RecordedRequest } from "@/testing/mock-api";
import { renderApp } from "@/testing/render-app";

// /users/import (supervisor and up): choose a CSV, preview it, read the counts, the changes and every
// error on its row and column. Applying is in import-users-apply.test.tsx.

const PREVIEW: ImportPreview = {
  rows: [
    { row: 2, loginId: "eric.chen", action: "update", changes: { team: { from: "Sales", to: "Support" }, skills: { from: { English: 90 }, to: { English: 90, Spanish: 40 } } } },
    { row: 3, loginId: "ana.lopez", action: "unchanged" },
    { row: 4, loginId: "new.person", action: "error", errors: [{ field: "team", message: "The contact center has no team “Nowhere”." }, { field: "skills.English", message: "Use a whole number from 0 to 100." }] },
    { row: 5, loginId: "old.person", action: "delete" },
  ],
  summary: { create: 0, update: 1, delete: 1, unchanged: 1, error: 1 },
};

function importApi(role: Role = "supervisor") {
  return mockApi({
    "GET /api/health": json(buildHealth()),
    "GET /api/session": json(buildSession(role)),
    "GET /api/directory": json({ users: PEOPLE }),
    "POST /api/users/import": json(PREVIEW),
  });
}

const csvFile = (text = "loginId,team\neric.chen,Support\n", name = "users.csv") => new File([text], name, { type: "text/csv" });

async function openPage() {
  const view = renderApp("/users/import");
  await screen.findByRole("heading", { level: 1, name: "Import users" });
  return view;
}

describe("importing users: the preview", () => {
  it("is linked from the users list for a supervisor", async () => {
    importApi("supervisor");
    const { user } = renderApp("/users");
    await user.click(await screen.findByRole("link", { name: "Import from CSV" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Import users" })).toBeInTheDocument();
  });

  it("a helpdesk neither sees the link nor the page", async () => {
    importApi("helpdesk");
    renderApp("/users");
    await screen.findByRole("heading", { level: 1, name: "Users" });
    expect(screen.queryByRole("link", { name: "Import from CSV" })).not.toBeInTheDocument();
  });

  it("sends the chosen file as text/csv and shows the counts, changes from → to, and each error on its row and column", async () => {
    const api = importApi();
    const { user } = await openPage();
    await user.upload(screen.getByLabelText("CSV file"), csvFile());
    await user.click(screen.getByRole("button", { name: "Preview" }));

    const summary = await screen.findByLabelText("Summary");
    expect(within(summary).getByText("Update").closest("div")).toHaveTextContent("Update1");
    expect(within(summary).getByText("Error").closest("div")).toHaveTextContent("Error1");

    const [request] = api.callsTo("POST /api/users/import") as [RecordedRequest];
    expect(request.query.get("mode")).toBe("preview");
    expect(request.headers.get("Content-Type")).toBe("text/csv");
    expect(request.body).toBeInstanceOf(File);

    expect(screen.getByRole("list", { name: "Changes in row 2" })).toHaveTextContent("Team (team): Sales → Support");
    expect(screen.getByRole("list", { name: "Changes in row 2" })).toHaveTextContent("Skills (skills): English:90 → English:90;Spanish:40");
    const rowErrors = screen.getByRole("list", { name: "Errors in row 4" });
    expect(rowErrors).toHaveTextContent("Team (team): The contact center has no team “Nowhere”.");
    expect(rowErrors).toHaveTextContent("Skill “English” (skills): Use a whole number from 0 to 100.");
    expect(screen.getByRole("rowheader", { name: "4" })).toHaveAccessibleDescription(/no team “Nowhere”/);

    const errorList = screen.getByRole("region", { name: /2 errors in 1 row/ });
    const link = within(errorList).getByRole("link", { name: "Row 4, Team (team)" });
    expect(link).toHaveAttribute("href", "#import-row-4");
    expect(screen.queryByRole("button", { name: /apply/i })).not.toBeInTheDocument();
  });

  it("a refused file (413) is named clearly, and stays chosen to preview again", async () => {
    const api = importApi();
    let calls = 0;
    api.on("POST /api/users/import", () =>
      ++calls === 1
        ? problem(413, { title: "Too many rows", detail: "An import takes at most 1,000 users; this file has more. Split it into several files." })
        : json(PREVIEW),
    );
    const { user } = await openPage();
    await user.upload(screen.getByLabelText("CSV file"), csvFile("loginId\n", "big.csv"));
    await user.click(screen.getByRole("button", { name: "Preview" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("An import takes at most 1,000 users; this file has more.");
    expect(screen.getByText("big.csv")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Preview" }));
    expect(await screen.findByRole("list", { name: "Changes in row 2" })).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("takes a dropped file, and asks for one before sending nothing", async () => {
    const api = importApi();
    const { user } = await openPage();
    await user.click(screen.getByRole("button", { name: "Preview" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Choose a CSV file first.");
    expect(api.callsTo("POST /api/users/import")).toHaveLength(0);

    fireEvent.drop(screen.getByTestId("csv-drop-zone"), { dataTransfer: { files: [csvFile("loginId\n", "dropped.csv")] } });
    expect(screen.getByText("dropped.csv")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Preview" }));
    expect(await screen.findByRole("list", { name: "Changes in row 2" })).toBeInTheDocument();
  });
});
