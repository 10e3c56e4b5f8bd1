import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter, Link } from "react-router";
import { RouterProvider } from "react-router/dom";
import { describe, expect, it } from "vitest";
import { cancelSearchParamWritesOnNavigation, useSearchParamState } from "./use-search-param-state";

function SearchPage() {
  const [query, setQuery] = useSearchParamState("q");
  return (
    <>
      <input aria-label="Search" value={query} onChange={(event) => setQuery(event.target.value)} />
      <Link to="/elsewhere">Elsewhere</Link>
      <Link to="/quick">Quick</Link>
    </>
  );
}

/** Waits longer than the box's address delay, on timers set after the typing (so they run after its write). */
const pastTheAddressDelay = () => act(() => new Promise((resolve) => setTimeout(resolve, 200)));

/**
 * A page with a search box, and a page whose loader waits for `release`: a navigation to it is
 * under way for as long as the test likes, as a slow loader (or a loaded machine) makes it.
 */
function renderWithSlowNavigation(initialUrl: string) {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const router = createMemoryRouter(
    [
      { path: "/search", element: <SearchPage /> },
      { path: "/quick", element: <h1>A quick page</h1> },
      {
        path: "/elsewhere",
        loader: async () => {
          await gate;
          return null;
        },
        element: <h1>Another page</h1>,
      },
    ],
    { initialEntries: [initialUrl] },
  );
  cancelSearchParamWritesOnNavigation(router);
  render(<RouterProvider router={router} />);
  const url = () => `${router.state.location.pathname}${router.state.location.search}`;
  return { router, release, url, user: userEvent.setup() };
}

describe("useSearchParamState", () => {
  it("writes what was typed into the address once the typing pauses, replacing the entry", async () => {
    const { router, url, user } = renderWithSlowNavigation("/search");

    await user.type(screen.getByRole("textbox", { name: "Search" }), "chen");

    await waitFor(() => expect(url()).toBe("/search?q=chen"));
    expect(router.state.historyAction).toBe("REPLACE");
  });

  it("does not undo a navigation that is still under way when the typing pauses", async () => {
    const { router, release, url, user } = renderWithSlowNavigation("/search?q=che");

    await user.type(screen.getByRole("textbox", { name: "Search" }), "n");
    await user.click(screen.getByRole("link", { name: "Elsewhere" }));
    expect(router.state.navigation.state).toBe("loading");
    // The box's write falls due while the navigation waits for its loader.
    await pastTheAddressDelay();
    act(() => release());

    expect(await screen.findByRole("heading", { name: "Another page" })).toBeInTheDocument();
    expect(url()).toBe("/elsewhere");
    expect(router.state.historyAction).toBe("PUSH");
  });

  it("does not undo a navigation that landed before the typing paused", async () => {
    const { router, url, user } = renderWithSlowNavigation("/search?q=che");

    await user.type(screen.getByRole("textbox", { name: "Search" }), "n");
    await user.click(screen.getByRole("link", { name: "Quick" }));
    await pastTheAddressDelay();

    expect(screen.getByRole("heading", { name: "A quick page" })).toBeInTheDocument();
    expect(url()).toBe("/quick");
    expect(router.state.historyAction).toBe("PUSH");
  });

  it("brings the address's text back into the box on Back, and keeps writing after", async () => {
    const { url, user, router } = renderWithSlowNavigation("/search?q=wei");
    await user.click(screen.getByRole("link", { name: "Quick" }));
    await screen.findByRole("heading", { name: "A quick page" });

    await act(() => router.navigate(-1));
    const box = await screen.findByRole("textbox", { name: "Search" });
    expect(box).toHaveValue("wei");

    await user.type(box, "ss");
    await waitFor(() => expect(url()).toBe("/search?q=weiss"));
  });
});
