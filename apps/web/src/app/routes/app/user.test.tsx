import type { Role } from "@switchboard/contracts";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { buildHealth, buildSession } from "@/testing/fixtures";
import { json, mockApi, problem } from "@/testing/mock-api";
import { renderApp } from "@/testing/render-app";
import { buildUser, FRANK, withoutLoginInfo } from "@/testing/user-fixtures";

function userApi(role: Role, { lockedOut = true, user = FRANK } = {}) {
  const seen = role === "viewer" ? withoutLoginInfo(user) : user;
  const base = `/api/users/${encodeURIComponent(user.loginId)}`;
  return mockApi({
    "GET /api/health": json(buildHealth()),
    "GET /api/session": json(buildSession(role)),
    [`GET ${base}`]: json(seen),
    [`GET ${base}/lock`]: json({ lockedOut }),
    [`DELETE ${base}/lock`]: json({ lockedOut: false }),
  });
}

function section(name: string) {
  return screen.getByRole("region", { name });
}

function detail(region: HTMLElement, term: string) {
  const dt = within(region).getByText(term, { selector: "dt" });
  const dd = dt.nextElementSibling;
  if (!(dd instanceof HTMLElement)) throw new Error(`no value for ${term}`);
  return dd;
}

describe("a user's page, for the helpdesk", () => {
  it("shows who the user is, whether they can sign in, and where they last signed in", async () => {
    userApi("helpdesk");
    renderApp("/users/frank.zappa");

    expect(await screen.findByRole("heading", { level: 1, name: "Frank Zappa" })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe("Frank Zappa · Switchboard"));
    const signIn = section("Sign-in");
    expect(await within(detail(signIn, "Lock")).findByText("Locked")).toBeInTheDocument();
    expect(within(signIn).getByRole("button", { name: "Unlock" })).toBeInTheDocument();
    expect(detail(signIn, "Account")).toHaveTextContent("Enabled");
    expect(detail(signIn, "Password")).toHaveTextContent("No change pending");
    expect(within(signIn).getByRole("button", { name: "Reset password…" })).toBeInTheDocument();

    const recent = section("Recent sign-in");
    expect(detail(recent, "Signed in now")).toHaveTextContent("Yes");
    expect(detail(recent, "IP address")).toHaveTextContent("172.27.0.1");
    expect(detail(recent, "Browser")).toHaveTextContent("Chrome 120.0.0");
    expect(detail(recent, "Operating system")).toHaveTextContent("Linux");
    expect(detail(recent, "Application")).toHaveTextContent("Agent Desktop 5.24.99.755");
    expect(detail(recent, "Last sign-in")).toHaveTextContent(/2024.*ago/);

    const profile = section("Profile");
    expect(detail(profile, "Team")).toHaveTextContent("Customer Service");
    expect(within(profile).getByRole("link", { name: "frank.zappa@gmail.com" })).toHaveAttribute("href", "mailto:frank.zappa@gmail.com");
    expect(within(profile).getByRole("link", { name: "1048" })).toHaveAttribute("href", "tel:1048");
    expect(detail(profile, "Work phone")).toHaveTextContent("Not reported");
    expect(detail(profile, "Skills")).toHaveTextContent("Cable 70Support 100");
  });

  it("shows the direct number the directory shows, and every phone number formatted the same way", async () => {
    const numbers = { workPhone: "4159006817", mobilePhone: "+1 (650) 123-4567", did: "16505555555" };
    userApi("helpdesk", { user: buildUser({ loginId: "user", firstName: "User", lastName: "Lastname", ...numbers }) });
    renderApp("/users/user");

    await screen.findByRole("heading", { level: 1, name: "User Lastname" });
    const profile = section("Profile");
    expect(within(detail(profile, "Direct number")).getByRole("link", { name: "+1 650-555-5555" })).toHaveAttribute("href", "tel:+16505555555");
    expect(within(detail(profile, "Work phone")).getByText("415-900-6817")).toBeInTheDocument();
    expect(within(detail(profile, "Mobile phone")).getByText("+1 650-123-4567")).toBeInTheDocument();
  });

  it("copies the login, extension and numbers in a click, and says so in a live region", async () => {
    userApi("helpdesk", { user: buildUser({ loginId: "frank.zappa", firstName: "Frank", lastName: "Zappa", workPhone: "4159006817", did: "16505555555" }) });
    const { user } = renderApp("/users/frank.zappa");

    await screen.findByRole("heading", { level: 1, name: "Frank Zappa" });
    const profile = section("Profile");
    const copies: Array<[string, string, string]> = [
      ["Copy login frank.zappa", "Copied login frank.zappa", "frank.zappa"],
      ["Copy extension 1048", "Copied extension 1048", "1048"],
      ["Copy phone number +1 650-555-5555", "Copied phone number +1 650-555-5555", "16505555555"],
      ["Copy work phone 415-900-6817", "Copied work phone 415-900-6817", "4159006817"],
    ];
    for (const [button, said, copied] of copies) {
      await user.click(within(profile).getByRole("button", { name: button }));
      const announcement = await screen.findByText(said);
      expect(announcement.closest("[aria-live]")).toHaveAttribute("aria-live", "polite");
      expect(await navigator.clipboard.readText()).toBe(copied);
    }
  });

  it("names each thing that stops a sign-in", async () => {
    userApi("helpdesk", { user: buildUser({ loginId: "wandabui", firstName: "Wanda", lastName: "Bui", disabled: true, changePassword: true }), lockedOut: false });
    renderApp("/users/wandabui");

    await screen.findByRole("heading", { level: 1, name: "Wanda Bui" });
    const signIn = section("Sign-in");
    expect(await within(detail(signIn, "Lock")).findByText("Not locked")).toBeInTheDocument();
    expect(within(signIn).queryByRole("button", { name: "Unlock" })).not.toBeInTheDocument();
    expect(detail(signIn, "Account")).toHaveTextContent("Disabled");
    expect(detail(signIn, "Password")).toHaveTextContent("Must change password");
  });

  it("unlocks in one click: the badge follows the BFF's answer, a toast confirms, focus lands on the new state", async () => {
    const api = userApi("helpdesk");
    const { user } = renderApp("/users/frank.zappa");
    const unlock = await screen.findByRole("button", { name: "Unlock" });

    await user.click(unlock);

    const lock = detail(section("Sign-in"), "Lock");
    expect(await within(lock).findByText("Not locked")).toBeInTheDocument();
    expect(screen.getByText("Unlocked Frank Zappa’s account.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Unlock" })).not.toBeInTheDocument();
    expect(lock.querySelector("[tabindex='-1']")).toHaveFocus();
    const [sent] = api.callsTo("DELETE /api/users/frank.zappa/lock");
    expect(sent?.headers.get("X-CSRF-Token")).toBe("csrf-helpdesk");
    expect(api.callsTo("GET /api/users/frank.zappa/lock")).toHaveLength(1);
  });

  it("says why an unlock failed and keeps the button for another try", async () => {
    const api = userApi("helpdesk");
    api.on("DELETE /api/users/frank.zappa/lock", problem(504, { title: "Contact center timed out", detail: "The contact center did not answer in time. Try again." }));
    const { user } = renderApp("/users/frank.zappa");

    await user.click(await screen.findByRole("button", { name: "Unlock" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("Could not unlock the account. The contact center did not answer in time. Try again.");
    expect(within(detail(section("Sign-in"), "Lock")).getByText("Locked")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Unlock" })).toBeInTheDocument();
  });

  it("still shows the profile when the lock state cannot be read, and checks again on request", async () => {
    const api = userApi("helpdesk");
    api.on("GET /api/users/frank.zappa/lock", problem(502, { detail: "The contact center could not complete the request." }));
    const { user } = renderApp("/users/frank.zappa");

    const lock = await screen.findByText(/^Lock state unknown/);
    expect(lock).toHaveTextContent("The contact center could not complete the request.");
    expect(section("Profile")).toBeInTheDocument();

    api.on("GET /api/users/frank.zappa/lock", json({ lockedOut: false }));
    await user.click(screen.getByRole("button", { name: "Check again" }));
    expect(await screen.findByText("Not locked")).toBeInTheDocument();
  });
});

describe("a user's page, for a viewer", () => {
  it("shows the lock state but no Unlock or Reset password, and no sign-in details", async () => {
    const api = userApi("viewer");
    renderApp("/users/frank.zappa");

    await screen.findByRole("heading", { level: 1, name: "Frank Zappa" });
    expect(await screen.findByText("Locked")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Unlock" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Reset password/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Recent sign-in" })).not.toBeInTheDocument();
    expect(screen.queryByText("172.27.0.1")).not.toBeInTheDocument();
    expect(api.callsTo("DELETE /api/users/frank.zappa/lock")).toHaveLength(0);
  });
});

describe("a user's page that cannot show the user", () => {
  it("says there is no such user, and where to look instead", async () => {
    const api = userApi("helpdesk");
    api.on("GET /api/users/nobody.here", problem(404, { title: "Not found", detail: "No user named “nobody.here”." }));
    api.on("GET /api/users/nobody.here/lock", problem(404, { title: "Not found", detail: "No user named “nobody.here”." }));
    renderApp("/users/nobody.here");

    expect(await screen.findByRole("heading", { level: 1, name: "No such user" })).toBeInTheDocument();
    expect(screen.getByText(/No user named “nobody.here”\. The login may be mistyped/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Search the Directory" })).toHaveAttribute("href", "/directory");
  });

  it("says a user is outside the account's teams, why, and offers no retry (decision 023)", async () => {
    const api = userApi("supervisor");
    const detail = "navarro is in team Support Team; your account is scoped to Customer Service.";
    const outside = problem(403, { type: "/problems/outside-team-scope", title: "Outside your teams", detail });
    api.on("GET /api/users/navarro", outside);
    api.on("GET /api/users/navarro/lock", outside);
    api.on("GET /api/users/navarro/history", outside);
    renderApp("/users/navarro");

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("This user is outside your teams.");
    expect(alert).toHaveTextContent(detail);
    expect(screen.queryByRole("button", { name: /try again/i })).not.toBeInTheDocument();
  });

  it("explains a failure and tries again on request", async () => {
    const api = userApi("helpdesk");
    api.on("GET /api/users/frank.zappa", problem(502, { detail: "The contact center could not complete the request. Try again in a moment." }));
    const { user } = renderApp("/users/frank.zappa");

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("This user could not be loaded");
    expect(alert).toHaveTextContent("The contact center could not complete the request.");

    api.on("GET /api/users/frank.zappa", json(FRANK));
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Frank Zappa" })).toBeInTheDocument();
  });

  it("says the contact center is not answering when the BFF's deadline passed, asks once, and tries again on request", async () => {
    let answer: () => void = () => {};
    const deadlinePassed = new Promise<void>((resolve) => (answer = resolve));
    const api = userApi("helpdesk");
    const timedOut = problem(504, { type: "/problems/upstream-timeout", title: "Contact center timed out", detail: "The contact center did not answer in time. Try again." });
    api.on("GET /api/users/frank.zappa", async () => {
      await deadlinePassed;
      return timedOut;
    });
    const { user } = renderApp("/users/frank.zappa", { retryPolicy: "app" });

    expect(await screen.findByText("Loading the user…")).toBeInTheDocument();
    answer();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("This user could not be loaded");
    expect(alert).toHaveTextContent("The contact center is not answering right now.");
    expect(alert).not.toHaveTextContent(/connection/);
    expect(screen.queryByText("Loading the user…")).not.toBeInTheDocument();
    expect(api.callsTo("GET /api/users/frank.zappa")).toHaveLength(1);

    api.on("GET /api/users/frank.zappa", json(FRANK));
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Frank Zappa" })).toBeInTheDocument();
  });

  it("shows a loading state with the login as the heading until the user arrives", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const api = userApi("helpdesk");
    api.on("GET /api/users/frank.zappa", async () => {
      await gate;
      return json(FRANK);
    });
    renderApp("/users/frank.zappa");

    expect(await screen.findByRole("heading", { level: 1, name: "frank.zappa" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Loading the user…");
    release();
    expect(await screen.findByRole("heading", { level: 1, name: "Frank Zappa" })).toBeInTheDocument();
  });

  it("asks for a login with a slash in it as one path segment", async () => {
    const odd = buildUser({ loginId: "a/b", firstName: "Odd", lastName: "Login" });
    const api = userApi("helpdesk", { user: odd });
    renderApp("/users/a%2Fb");

    expect(await screen.findByRole("heading", { level: 1, name: "Odd Login" })).toBeInTheDocument();
    expect(api.callsTo("GET /api/users/a%2Fb")).toHaveLength(1);
  });
});

describe("the way to a user's page", () => {
  it("is the name in the directory", async () => {
    const api = userApi("viewer");
    api.on("GET /api/directory", json({ users: [{ loginId: "frank.zappa", firstName: "Frank", lastName: "Zappa", extension: "1048", did: null, voiceMail: false, greeting: false }] }));
    const { user, currentUrl } = renderApp("/directory");

    await user.click(await screen.findByRole("link", { name: "Frank Zappa" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Frank Zappa" })).toBeInTheDocument();
    await waitFor(() => expect(currentUrl()).toBe("/users/frank.zappa"));
  });
});

describe("sign-in details of someone who never signed in", () => {
  it("are one line, not a column of dashes", async () => {
    const never = buildUser({
      loginId: "new.agent",
      firstName: "New",
      lastName: "Agent",
      loginInfo: { signedIn: false, lastSignIn: null, lastSignOut: null, browser: null, os: null, ipAddress: null, application: null, applicationVersion: null, phoneMode: null },
    });
    userApi("helpdesk", { user: never, lockedOut: false });
    renderApp("/users/new.agent");

    await screen.findByRole("heading", { level: 1, name: "New Agent" });
    expect(section("Recent sign-in")).toHaveTextContent("Not signed in. The contact center reports no earlier sign-in.");
    expect(within(section("Recent sign-in")).queryByText("IP address")).not.toBeInTheDocument();
  });
});
