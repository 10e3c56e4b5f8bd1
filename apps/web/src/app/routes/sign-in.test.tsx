import { ROLES, type Session } from "@switchboard/contracts";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { buildHealth, buildSession, PEOPLE } from "@/testing/fixtures";
import { json, mockApi, problem, type MockApi } from "@/testing/mock-api";
import { renderApp } from "@/testing/render-app";

function signedOutApi({ demo = false } = {}) {
  return mockApi({
    "GET /api/health": json(buildHealth(demo)),
    "GET /api/session": problem(401, { title: "Unauthorized", detail: "Sign in first." }),
    "GET /api/directory": json({ users: PEOPLE }),
  });
}

/** As the BFF does: the sign-in answers with the session, and from then on so does GET /api/session. */
function acceptSignIn(api: MockApi, session: Session) {
  api.on("POST /api/session", () => {
    api.on("GET /api/session", json(session));
    return json(session);
  });
}

async function fillSignIn(user: ReturnType<typeof renderApp>["user"], username: string, password: string) {
  await user.type(await screen.findByLabelText("Username"), username);
  await user.type(screen.getByLabelText("Password"), password);
  await user.click(screen.getByRole("button", { name: "Sign in" }));
}

describe("signing in", () => {
  it("sends a signed-out deep link to the sign-in page, then back to the same search", async () => {
    const api = signedOutApi();
    acceptSignIn(api, buildSession("supervisor", "sam"));
    const { user, currentUrl } = renderApp("/directory?q=chen");

    expect(await screen.findByRole("heading", { level: 1, name: "Sign in to Switchboard" })).toBeInTheDocument();
    expect(currentUrl()).toBe("/sign-in?next=%2Fdirectory%3Fq%3Dchen");
    await waitFor(() => expect(document.title).toBe("Sign in · Switchboard"));
    // Nothing of the directory was asked for before a session existed.
    expect(api.callsTo("GET /api/directory")).toHaveLength(0);

    await fillSignIn(user, "sam", "correct horse");

    expect(await screen.findByRole("heading", { level: 1, name: "Directory" })).toBeInTheDocument();
    expect(currentUrl()).toBe("/directory?q=chen");
    expect(screen.getByRole("searchbox", { name: "Search the directory" })).toHaveValue("chen");
    expect(await screen.findByText("2 people")).toBeInTheDocument();
    expect(api.callsTo("POST /api/session")[0]?.body).toEqual({ username: "sam", password: "correct horse" });
  });

  it("ignores a next that would leave the site", async () => {
    const api = signedOutApi();
    acceptSignIn(api, buildSession());
    const { user, currentUrl } = renderApp(`/sign-in?next=${encodeURIComponent("//evil.example/")}`);

    await fillSignIn(user, "viewer", "secret");

    await screen.findByRole("heading", { level: 1, name: "Directory" });
    expect(currentUrl()).toBe("/directory");
  });

  it("names the problem, keeps the username and clears the password after wrong credentials", async () => {
    const api = signedOutApi();
    api.on("POST /api/session", problem(401, { title: "Unauthorized", detail: "Wrong username or password." }));
    const { user, currentUrl } = renderApp("/sign-in");

    await fillSignIn(user, "sam", "wrong");

    expect(await screen.findByRole("alert")).toHaveTextContent("Wrong username or password.");
    expect(screen.getByLabelText("Username")).toHaveValue("sam");
    expect(screen.getByLabelText("Password")).toHaveValue("");
    expect(screen.getByLabelText("Password")).toHaveFocus();
    // A wrong password is an answer, not an expired session: the page stays as it is.
    expect(currentUrl()).toBe("/sign-in");
  });

  it.each([
    ["42", "42 seconds"],
    ["897", "15 minutes"],
  ])("says how long to wait when throttled: Retry-After %s is %s", async (retryAfter, words) => {
    const api = signedOutApi();
    api.on(
      "POST /api/session",
      problem(429, { title: "Too Many Requests", detail: "Too many sign-in attempts." }, { "retry-after": retryAfter }),
    );
    const { user } = renderApp("/sign-in");

    await fillSignIn(user, "sam", "guess");

    expect(await screen.findByRole("alert")).toHaveTextContent(`Too many attempts, try again in ${words}.`);
  });

  it("shows the BFF's field errors next to the fields", async () => {
    const api = signedOutApi();
    api.on(
      "POST /api/session",
      problem(400, {
        title: "Invalid input",
        detail: "Check the highlighted fields.",
        errors: [{ field: "username", message: "Use letters, digits, dots or dashes" }],
      }),
    );
    const { user } = renderApp("/sign-in");

    await fillSignIn(user, "sam!", "secret");

    expect(await screen.findByRole("alert")).toHaveTextContent("Check the highlighted fields.");
    const username = screen.getByLabelText("Username");
    expect(username).toHaveAccessibleDescription("Use letters, digits, dots or dashes");
    expect(username).toHaveAttribute("aria-invalid", "true");
    expect(username).toHaveFocus();
  });

  it("asks for both fields before sending anything", async () => {
    const api = signedOutApi();
    const { user } = renderApp("/sign-in");

    await user.click(await screen.findByRole("button", { name: "Sign in" }));

    expect(screen.getByLabelText("Username")).toHaveAccessibleDescription("Enter your username");
    expect(screen.getByLabelText("Password")).toHaveAccessibleDescription("Enter your password");
    expect(screen.getByLabelText("Username")).toHaveFocus();
    expect(api.callsTo("POST /api/session")).toHaveLength(0);
  });

  it("shows that it is working while the BFF checks the password", async () => {
    const api = signedOutApi();
    let release: () => void = () => {};
    api.on("POST /api/session", async () => {
      await new Promise<void>((resolve) => (release = resolve));
      return problem(401, { title: "Unauthorized", detail: "Wrong username or password." });
    });
    const { user } = renderApp("/sign-in");

    await fillSignIn(user, "sam", "secret");

    const button = screen.getByRole("button", { name: "Sign in" });
    await waitFor(() => expect(button).toHaveAttribute("aria-disabled", "true"));
    await user.click(button);
    expect(api.callsTo("POST /api/session")).toHaveLength(1);
    release();
    await screen.findByRole("alert");
    expect(button).not.toHaveAttribute("aria-disabled");
  });

  it("says in demo mode that it is a demo, and which accounts to use", async () => {
    signedOutApi({ demo: true });
    renderApp("/sign-in");

    const banner = await screen.findByRole("region", { name: "Demo mode" });
    expect(banner).toHaveTextContent("Demo mode");
    expect(banner).toHaveTextContent("simulated tenant");
    const accounts = screen.getByRole("region", { name: "Demo accounts" });
    for (const role of ROLES) {
      expect(within(accounts).getByText(role)).toBeInTheDocument();
    }
    expect(accounts).toHaveTextContent("password is printed in the server console");
  });

  it("shows no demo notice outside demo mode", async () => {
    signedOutApi({ demo: false });
    renderApp("/sign-in");

    await screen.findByRole("heading", { level: 1, name: "Sign in to Switchboard" });
    expect(screen.queryByText(/Demo mode/)).not.toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Demo accounts" })).not.toBeInTheDocument();
  });

  it("does not ask for the session on a visit to the sign-in page, whose 401 the browser would log as an error", async () => {
    const api = signedOutApi();
    renderApp("/sign-in");

    await screen.findByLabelText("Username");
    expect(api.callsTo("GET /api/auth/methods")).toHaveLength(1);
    expect(api.callsTo("GET /api/session")).toHaveLength(0);
  });

  it("sends someone already signed in on to where they were going", async () => {
    mockApi({
      "GET /api/health": json(buildHealth()),
      "GET /api/auth/methods": json({ local: true, sso: null, signedIn: true }),
      "GET /api/session": json(buildSession()),
      "GET /api/directory": json({ users: PEOPLE }),
    });
    const { currentUrl } = renderApp("/sign-in?next=%2Fdirectory%3Fq%3Dwei");

    await screen.findByRole("heading", { level: 1, name: "Directory" });
    expect(currentUrl()).toBe("/directory?q=wei");
  });
});

describe("signing in through the identity provider", () => {
  function ssoApi(methods: { local: boolean; sso: { name: string } | null }) {
    const api = signedOutApi();
    api.on("GET /api/auth/methods", json({ ...methods, signedIn: false }));
    return api;
  }

  it("offers a button to the provider that carries where the person was going, beside the password form", async () => {
    ssoApi({ local: true, sso: { name: "Acme Login" } });
    renderApp(`/sign-in?next=${encodeURIComponent("/users/eric.chen?tab=history")}`);

    const link = await screen.findByRole("link", { name: "Sign in with Acme Login" });
    expect(link).toHaveAttribute("href", `/api/auth/oidc/login?next=${encodeURIComponent("/users/eric.chen?tab=history")}`);
    expect(screen.getByLabelText("Username")).toBeInTheDocument();
  });

  it("never hands the provider a next that would leave the site", async () => {
    ssoApi({ local: true, sso: { name: "Acme Login" } });
    renderApp(`/sign-in?next=${encodeURIComponent("//evil.example/")}`);

    const link = await screen.findByRole("link", { name: "Sign in with Acme Login" });
    expect(link).toHaveAttribute("href", `/api/auth/oidc/login?next=${encodeURIComponent("/directory")}`);
  });

  it("hides the password form when the BFF has it off (LOCAL_SIGN_IN=off), the demo note with it", async () => {
    const api = mockApi({
      "GET /api/health": json(buildHealth(true)),
      "GET /api/session": problem(401, { title: "Unauthorized" }),
      "GET /api/auth/methods": json({ local: false, sso: { name: "Acme Login" } }),
    });
    renderApp("/sign-in");

    expect(await screen.findByRole("link", { name: "Sign in with Acme Login" })).toBeInTheDocument();
    expect(screen.queryByLabelText("Username")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Sign in" })).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Demo accounts" })).not.toBeInTheDocument();
    expect(api.callsTo("GET /api/auth/methods")).toHaveLength(1);
  });

  it.each([
    ["failed", "Single sign-on did not work", "Acme Login did not sign you in"],
    ["unavailable", "Single sign-on is not answering", "Acme Login cannot be reached right now"],
    ["refused", "No access to Switchboard", "Your account at Acme Login gives you no role in Switchboard"],
  ])("says why single sign-on sent the person back (sso=%s)", async (outcome, title, words) => {
    ssoApi({ local: true, sso: { name: "Acme Login" } });
    renderApp(`/sign-in?sso=${outcome}`);

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(title);
    expect(alert).toHaveTextContent(words);
  });

  it("shows only the password form when no provider is configured", async () => {
    signedOutApi();
    renderApp("/sign-in?sso=failed");

    expect(await screen.findByLabelText("Username")).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: /^Sign in with/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});
