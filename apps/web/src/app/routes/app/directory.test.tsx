import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { buildHealth, buildSession, PEOPLE } from "@/testing/fixtures";
import { json, mockApi, problem } from "@/testing/mock-api";
import { renderApp } from "@/testing/render-app";

function signedInApi(directory = json({ users: PEOPLE })) {
  return mockApi({
    "GET /api/health": json(buildHealth()),
    "GET /api/session": json(buildSession("viewer", "vera")),
    "GET /api/directory": directory,
  });
}

function rowNames() {
  const table = screen.getByRole("table", { name: "People" });
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => within(row).getAllByRole("cell")[0]?.textContent);
}

describe("the Directory page", () => {
  it("lists everyone, by last name, with a count", async () => {
    signedInApi();
    renderApp("/directory");

    expect(await screen.findByRole("heading", { level: 1, name: "Directory" })).toBeInTheDocument();
    expect(await screen.findByRole("status")).toHaveTextContent("5 people");
    expect(rowNames()).toEqual(["Wanda Bui", "Wei Chen", "Amy Chenoweth", "José Navarro", "Dale Turner"]);
    await waitFor(() => expect(document.title).toBe("Directory · Switchboard"));
  });

  it("narrows the list as the person types, and keeps the search in the address bar without a history entry per key", async () => {
    signedInApi();
    const { user, router, currentUrl } = renderApp("/directory");
    const search = await screen.findByRole("searchbox", { name: "Search the directory" });
    await screen.findByText("5 people");

    await user.type(search, "chen");

    await waitFor(() => expect(rowNames()).toEqual(["Wei Chen", "Amy Chenoweth"]));
    expect(screen.getByText("2 people")).toBeInTheDocument();
    await waitFor(() => expect(currentUrl()).toBe("/directory?q=chen"));
    expect(router.state.historyAction).toBe("REPLACE");
    expect(search).toHaveValue("chen");

    await user.clear(search);
    await user.type(search, "415 555");
    await waitFor(() => expect(rowNames()).toEqual(["José Navarro"]));
    expect(screen.getByText("1 person")).toBeInTheDocument();
  });

  it("opens with the search of a shared link", async () => {
    signedInApi();
    renderApp("/directory?q=chen");

    expect(await screen.findByRole("searchbox", { name: "Search the directory" })).toHaveValue("chen");
    await waitFor(() => expect(rowNames()).toEqual(["Wei Chen", "Amy Chenoweth"]));
  });

  it("starts over when the person follows the Directory link in the navigation", async () => {
    signedInApi();
    const { user, currentUrl } = renderApp("/directory?q=chen");
    const search = await screen.findByRole("searchbox", { name: "Search the directory" });
    await screen.findByText("2 people");

    await user.type(search, "o");
    await user.click(screen.getByRole("link", { name: "Directory" }));

    await waitFor(() => expect(search).toHaveValue(""));
    expect(await screen.findByText("5 people")).toBeInTheDocument();
    // The search typed just before the click does not come back once its URL update falls due.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(currentUrl()).toBe("/directory");
    expect(search).toHaveValue("");
  });

  it("says so when no one matches", async () => {
    signedInApi();
    const { user } = renderApp("/directory");
    await user.type(await screen.findByRole("searchbox", { name: "Search the directory" }), "xyz");

    expect(await screen.findByText("No one matches “xyz”")).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("makes every number a phone link, and copies an extension in one click", async () => {
    signedInApi();
    const { user } = renderApp("/directory?q=wei");

    const extension = await screen.findByRole("link", { name: "Call extension 1048" });
    expect(extension).toHaveAttribute("href", "tel:1048");
    expect(extension).toHaveTextContent("1048");
    const did = screen.getByRole("link", { name: "Call +1 650-555-5555" });
    expect(did).toHaveAttribute("href", "tel:+16505555555");
    // One name for a DID on every page: the users table and a user's page say the same.
    expect(screen.getByRole("columnheader", { name: "Direct number" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Copy extension 1048" }));

    expect(await screen.findByText("Copied extension 1048")).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe("1048");
  });

  it("copies a login and a direct number, and says so in a live region", async () => {
    signedInApi();
    const { user } = renderApp("/directory?q=wei");

    await user.click(await screen.findByRole("button", { name: "Copy login wchen" }));
    const copied = await screen.findByText("Copied login wchen");
    expect(copied.closest("[aria-live]")).toHaveAttribute("aria-live", "polite");
    expect(await navigator.clipboard.readText()).toBe("wchen");

    await user.click(screen.getByRole("button", { name: "Copy phone number +1 650-555-5555" }));
    expect(await screen.findByText("Copied phone number +1 650-555-5555")).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe("16505555555");
  });

  it("shows a loading state, then the people", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const api = signedInApi();
    api.on("GET /api/directory", async () => {
      await gate;
      return json({ users: PEOPLE });
    });
    renderApp("/directory");

    expect(await screen.findByText("Loading the directory…")).toBeInTheDocument();
    release();
    expect(await screen.findByText("5 people")).toBeInTheDocument();
  });

  it("explains a failure and tries again on request", async () => {
    const api = signedInApi(problem(502, { title: "Bad Gateway", detail: "The contact center did not answer." }));
    const { user } = renderApp("/directory");

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The directory could not be loaded");
    expect(alert).toHaveTextContent("The contact center did not answer.");

    api.on("GET /api/directory", json({ users: PEOPLE }));
    await user.click(within(alert).getByRole("button", { name: "Try again" }));

    expect(await screen.findByText("5 people")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});
