import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { TEAMS } from "@/testing/catalog-fixtures";
import { buildHealth, buildSession } from "@/testing/fixtures";
import { json, mockApi, problem, type MockReply } from "@/testing/mock-api";
import { renderApp } from "@/testing/render-app";

function teamsApi(teams: MockReply = json(TEAMS)) {
  return mockApi({
    "GET /api/health": json(buildHealth()),
    "GET /api/session": json(buildSession("viewer")),
    "GET /api/teams": teams,
  });
}

describe("the Teams page", () => {
  it("lists the tenant's teams with a count", async () => {
    teamsApi();
    renderApp("/teams");

    expect(await screen.findByRole("heading", { level: 1, name: "Teams" })).toBeInTheDocument();
    expect(await screen.findByRole("status")).toHaveTextContent("3 teams");
    const list = screen.getByRole("list", { name: "Teams" });
    expect(within(list).getAllByRole("listitem").map((item) => item.textContent)).toEqual(["Accounting", "Customer Service", "Support Team"]);
    await waitFor(() => expect(document.title).toBe("Teams · Switchboard"));
  });

  it("shows a loading state, then the teams", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const api = teamsApi();
    api.on("GET /api/teams", async () => {
      await gate;
      return json(TEAMS);
    });
    renderApp("/teams");

    expect(await screen.findByText("Loading teams…")).toBeInTheDocument();
    release();
    expect(await screen.findByText("3 teams")).toBeInTheDocument();
  });

  it("says so when the tenant has none", async () => {
    teamsApi(json({ teams: [] }));
    renderApp("/teams");
    expect(await screen.findByText("The contact center has no teams yet.")).toBeInTheDocument();
    expect(screen.queryByRole("list", { name: "Teams" })).not.toBeInTheDocument();
  });

  it("explains a failure and tries again on request", async () => {
    const api = teamsApi(problem(504, { title: "Contact center timed out", detail: "The contact center did not answer in time. Try again." }));
    const { user } = renderApp("/teams");

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The teams could not be loaded");
    expect(alert).toHaveTextContent("The contact center did not answer in time. Try again.");

    api.on("GET /api/teams", json(TEAMS));
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("3 teams")).toBeInTheDocument();
  });
});
