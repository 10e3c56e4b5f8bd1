import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ACCESS_NUMBERS } from "@/testing/catalog-fixtures";
import { buildHealth, buildSession } from "@/testing/fixtures";
import { json, mockApi, problem, type MockReply } from "@/testing/mock-api";
import { renderApp } from "@/testing/render-app";
import { buildUser } from "@/testing/user-fixtures";

function numbersApi(numbers: MockReply = json({ accessNumbers: ACCESS_NUMBERS })) {
  return mockApi({
    "GET /api/health": json(buildHealth()),
    "GET /api/session": json(buildSession("supervisor")),
    "GET /api/access-numbers": numbers,
  });
}

function table() {
  return screen.getByRole("table", { name: "Access numbers" });
}

/** The row of a number, by the number as shown (its header cell). */
function rowOf(shown: string) {
  const cell = within(table()).getByRole("rowheader", { name: new RegExp(`^${shown.replace(/[+]/g, "\\+")}`) });
  return cell.closest("tr") as HTMLElement;
}

function shownNumbers() {
  return within(table())
    .getAllByRole("rowheader")
    .map((cell) => cell.firstChild?.textContent);
}

describe("the Access numbers page", () => {
  it("lists every number, formatted, with its media, type and what it reaches", async () => {
    numbersApi();
    renderApp("/access-numbers");

    expect(await screen.findByRole("heading", { level: 1, name: "Access numbers" })).toBeInTheDocument();
    expect(await screen.findByRole("status")).toHaveTextContent("5 numbers");
    expect(shownNumbers()).toEqual(["+1 415-555-0104", "+1 415-555-0106", "+1 415-555-0107", "+1 415-555-8091", "+1 650-555-5555"]);

    const main = rowOf("+1 650-555-5555");
    expect(main).toHaveTextContent("Voice and text");
    expect(main).toHaveTextContent("Scenario");
    expect(main).toHaveTextContent("Main Inbound");
    expect(rowOf("+1 415-555-0104")).toHaveTextContent("My Conversational IVRext. 8002");
    expect(rowOf("+1 415-555-0106")).toHaveTextContent("Lobby phoneext. 8100");
    expect(rowOf("+1 415-555-0107")).toHaveTextContent("Not assigned");
    await waitFor(() => expect(document.title).toBe("Access numbers · Switchboard"));
  });

  it("links a user's number to that user's page", async () => {
    const api = numbersApi();
    api.on("GET /api/users/amanda.davis", json(buildUser({ loginId: "amanda.davis", firstName: "Amanda", lastName: "Davis" })));
    api.on("GET /api/users/amanda.davis/lock", json({ lockedOut: false }));
    const { user, currentUrl } = renderApp("/access-numbers");
    await screen.findByText("5 numbers");

    const row = rowOf("+1 415-555-8091");
    expect(row).toHaveTextContent("amanda.davis · ext. 1026");
    const link = within(row).getByRole("link", { name: "Amanda Davis" });
    expect(link).toHaveAttribute("href", "/users/amanda.davis");
    expect(within(table()).getAllByRole("link")).toHaveLength(1);

    await user.click(link);

    expect(await screen.findByRole("heading", { level: 1, name: "Amanda Davis" })).toBeInTheDocument();
    expect(currentUrl()).toBe("/users/amanda.davis");
  });

  it("finds a number by its digits whatever the punctuation, or by a scenario's name", async () => {
    numbersApi();
    const { user, currentUrl } = renderApp("/access-numbers");
    const search = await screen.findByRole("searchbox", { name: "Search access numbers" });
    await screen.findByText("5 numbers");

    await user.type(search, "(650) 555");
    await waitFor(() => expect(shownNumbers()).toEqual(["+1 650-555-5555"]));
    expect(screen.getByRole("status")).toHaveTextContent("1 of 5 numbers");
    await waitFor(() => expect(currentUrl()).toBe("/access-numbers?q=%28650%29+555"));

    await user.clear(search);
    await user.type(search, "conversational");
    await waitFor(() => expect(shownNumbers()).toEqual(["+1 415-555-0104"]));
  });

  it("shows one type at a time, with the type in the address and a count per type", async () => {
    numbersApi();
    const { user, currentUrl } = renderApp("/access-numbers");
    await screen.findByText("5 numbers");
    const type = screen.getByRole("combobox", { name: "Type" });
    expect(within(type).getAllByRole("option").map((o) => o.textContent)).toEqual([
      "All types (5)",
      "Scenario (2)",
      "User (1)",
      "Phone (1)",
      "Unassigned (1)",
      "Other (0)",
    ]);

    await user.selectOptions(type, "scenario");

    await waitFor(() => expect(shownNumbers()).toEqual(["+1 415-555-0104", "+1 650-555-5555"]));
    expect(currentUrl()).toBe("/access-numbers?type=scenario");

    await user.selectOptions(type, "other");
    expect(await screen.findByText("No number of this type.")).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("opens a shared link with its search and type", async () => {
    numbersApi();
    renderApp("/access-numbers?type=user&q=amanda");

    expect(await screen.findByRole("searchbox", { name: "Search access numbers" })).toHaveValue("amanda");
    expect(screen.getByRole("combobox", { name: "Type" })).toHaveValue("user");
    await waitFor(() => expect(shownNumbers()).toEqual(["+1 415-555-8091"]));
  });

  it("says so when the tenant has no numbers", async () => {
    numbersApi(json({ accessNumbers: [] }));
    renderApp("/access-numbers");
    expect(await screen.findByText("The contact center has no access numbers.")).toBeInTheDocument();
  });

  it("shows a loading state, explains a failure and tries again on request", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const api = numbersApi();
    api.on("GET /api/access-numbers", async () => {
      await gate;
      return problem(502, { title: "Contact center unavailable", detail: "The contact center could not complete the request. Try again in a moment." });
    });
    const { user } = renderApp("/access-numbers");

    expect(await screen.findByText("Loading access numbers…")).toBeInTheDocument();
    release();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The access numbers could not be loaded");

    api.on("GET /api/access-numbers", json({ accessNumbers: ACCESS_NUMBERS }));
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("5 numbers")).toBeInTheDocument();
  });
});
