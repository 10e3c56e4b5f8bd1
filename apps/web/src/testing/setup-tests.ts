import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// On a loaded 2-core CI machine a whole-app render can take more than the default second to settle.
configure({ asyncUtilTimeout: 4_000 });

// jsdom lays nothing out; React Router's ScrollRestoration still asks it to scroll.
window.scrollTo = () => {};

/* eslint-disable @typescript-eslint/no-unnecessary-condition -- jsdom lacks methods the DOM types promise */
// jsdom has <dialog> but not its methods. Enough of them for components/ui/dialog: open shows it,
// close hides it and says so; Escape asks to cancel, as a browser does.
HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
  this.setAttribute("open", "");
};
HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
  if (!this.open) return;
  this.removeAttribute("open");
  this.dispatchEvent(new Event("close"));
};
document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  const dialog = [...document.querySelectorAll("dialog[open]")].at(-1);
  if (dialog && dialog.dispatchEvent(new Event("cancel", { cancelable: true }))) {
    (dialog as HTMLDialogElement).close();
  }
});

afterEach(() => {
  cleanup();
});
