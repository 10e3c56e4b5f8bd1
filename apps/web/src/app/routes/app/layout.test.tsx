import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { buildHealth, buildSession, PEOPLE } from "@/testing/fixtures";
import { json, mockApi, problem } from "@/testing/mock-api";
import { renderApp } from "@/testing/render-app";
import { leaveSiteFor } from "@/lib/leave-site";

vi.mock("@/lib/leave-site", () => ({ leaveSiteFor: vi.fn() }));

const UNAUTHORIZED = problem(401, { title: "Unauthorized", detail: "Sign in first." });

function signedInApi({ demo = false } = {}) {
  return mockApi({
    "GET /api/health": json(buildHealth(demo)),
    "GET /api/session": json(buildSession("helpdesk", "hana")),
    "GET /api/directory": json({ users: PEOPLE }),
    "DELETE /api/session": { status: 204 },
  });
}

describe("the signed-in shell", () => {
  it("shows the product, the main navigation, and who is signed in", async () => {
    signedInApi();
    renderApp("/directory");

    const header = await screen.findByRole("banner");
    expect(within(header).getByText("Switchboard")).toBeInTheDocument();
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(within(nav).getByRole("link", { name: "Directory" })).toHaveAttribute("aria-current", "page");
    expect(within(header).getByText("hana")).toBeInTheDocument();
    expect(within(header).getByText("Helpdesk")).toBeInTheDocument();
    expect(screen.getByRole("main")).toContainElement(screen.getByRole("heading", { level: 1 }));
    expect(screen.getByRole("link", { name: "Skip to main content" })).toBeInTheDocument();
  });

  it("keeps the demo banner on signed-in pages too", async () => {
    signedInApi({ demo: true });
    renderApp("/directory");

    expect(await screen.findByRole("region", { name: "Demo mode" })).toHaveTextContent("Demo mode");
  });

  it("opens the Directory at the site's root", async () => {
    signedInApi();
    const { currentUrl } = renderApp("/");

    await screen.findByRole("heading", { level: 1, name: "Directory" });
    expect(currentUrl()).toBe("/directory");
  });

  it("signs out, forgets everything it loaded, and shows nothing of the directory on Back", async () => {
    const api = signedInApi();
    const { user, router, queryClient, currentUrl } = renderApp("/directory?q=chen");
    await screen.findByText("2 people");

    api.on("GET /api/session", UNAUTHORIZED);
    await user.click(screen.getByRole("button", { name: "Sign out" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Sign in to Switchboard" })).toBeInTheDocument();
    const signOut = api.callsTo("DELETE /api/session")[0];
    expect(signOut?.headers.get("X-CSRF-Token")).toBe("csrf-hana");
    expect(queryClient.getQueryData(["directory"])).toBeUndefined();
    expect(queryClient.getQueryData(["session"])).toBeNull();

    await router.navigate(-1);

    expect(await screen.findByRole("heading", { level: 1, name: "Sign in to Switchboard" })).toBeInTheDocument();
    expect(currentUrl()).toBe("/sign-in?next=%2Fdirectory%3Fq%3Dchen");
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    expect(screen.queryByText("Wei Chen")).not.toBeInTheDocument();
  });

  it("signs out at the identity provider too when the BFF answers its end-session URL", async () => {
    const api = signedInApi();
    const endSessionUrl = "https://login.example.com/session/end?client_id=switchboard&id_token_hint=eyJ.x.y";
    api.on("DELETE /api/session", json({ endSessionUrl }));
    const { user, queryClient } = renderApp("/directory?q=chen");
    await screen.findByText("2 people");

    await user.click(screen.getByRole("button", { name: "Sign out" }));

    await vi.waitFor(() => expect(leaveSiteFor).toHaveBeenCalledWith(endSessionUrl));
    expect(queryClient.getQueryData(["directory"])).toBeUndefined();
  });

  it("sends the person to sign in, and back here after, when the session runs out", async () => {
    const api = signedInApi();
    api.on("GET /api/directory", UNAUTHORIZED);
    const { currentUrl, queryClient } = renderApp("/directory?q=wei");

    api.on("GET /api/session", UNAUTHORIZED);
    expect(await screen.findByRole("heading", { level: 1, name: "Sign in to Switchboard" })).toBeInTheDocument();
    expect(currentUrl()).toBe("/sign-in?next=%2Fdirectory%3Fq%3Dwei");
    expect(queryClient.getQueryData(["session"])).toBeNull();
  });

  it("shows a page-not-found inside the shell for an unknown address", async () => {
    signedInApi();
    renderApp("/no-such-page");

    expect(await screen.findByRole("heading", { level: 1, name: "Page not found" })).toBeInTheDocument();
    expect(screen.getByRole("navigation", { name: "Main" })).toBeInTheDocument();
  });
});

describe("when the BFF cannot be reached", () => {
  it("says so instead of showing a blank page", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    mockApi({
      "GET /api/health": problem(503, { title: "Service Unavailable" }),
      "GET /api/session": problem(503, { title: "Service Unavailable" }),
    });
    renderApp("/directory");

    expect(await screen.findByRole("heading", { level: 1, name: "Something went wrong" })).toBeInTheDocument();
    expect(screen.getByText("Service Unavailable")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Reload the page" })).toBeInTheDocument();
    expect(logged).toHaveBeenCalled();
  });
});
