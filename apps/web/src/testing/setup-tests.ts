import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

// jsdom lays nothing out; React Router's ScrollRestoration still asks it to scroll.
window.scrollTo = () => {};

afterEach(() => {
  cleanup();
});
