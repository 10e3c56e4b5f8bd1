import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { buildHealth, buildSession } from "@/testing/fixtures";
import { json, mockApi, problem, type MockReply } from "@/testing/mock-api";
import { renderApp } from "@/testing/render-app";
import { FRANK } from "@/testing/user-fixtures";

const GENERATED = "Kp7m-X3rt-Qa9z";

function resetApi(reset: MockReply = json({ loginId: "frank.zappa", generated: true, temporaryPassword: GENERATED, changePassword: true })) {
  const api = mockApi({
    "GET /api/health": json(buildHealth()),
    "GET /api/session": json(buildSession("helpdesk", "hana")),
    "GET /api/users/frank.zappa": json(FRANK),
    "GET /api/users/frank.zappa/lock": json({ lockedOut: false }),
    "POST /api/users/frank.zappa/password": () => {
      // From now on the platform says the user must choose a new password.
      api.on("GET /api/users/frank.zappa", json({ ...FRANK, changePassword: true }));
      return reset;
    },
  });
  return api;
}

async function openResetDialog() {
  const view = renderApp("/users/frank.zappa");
  await view.user.click(await screen.findByRole("button", { name: "Reset password…" }));
  return { ...view, dialog: screen.getByRole("dialog", { name: "Reset the password of Frank Zappa" }) };
}

describe("resetting a password", () => {
  it("generates one by default, shows it once with a copy button, and the page then says a change is due", async () => {
    const api = resetApi();
    const { user, dialog } = await openResetDialog();
    expect(dialog).toHaveAccessibleDescription(/current password stops working/);
    expect(within(dialog).getByRole("radio", { name: "Generate a strong one (recommended)" })).toBeChecked();
    expect(within(dialog).getByRole("radio", { name: "Generate a strong one (recommended)" })).toHaveFocus();

    await user.click(within(dialog).getByRole("button", { name: "Reset password" }));

    expect(await within(dialog).findByRole("status", { name: "Temporary password" })).toHaveTextContent(GENERATED);
    expect(within(dialog).getByText("This password will not be shown again.")).toBeInTheDocument();
    expect(api.callsTo("POST /api/users/frank.zappa/password")[0]?.body).toEqual({});
    expect(api.callsTo("POST /api/users/frank.zappa/password")[0]?.headers.get("X-CSRF-Token")).toBe("csrf-hana");

    const copy = within(dialog).getByRole("button", { name: "Copy the temporary password" });
    expect(copy).toHaveFocus();
    await user.click(copy);
    expect(await navigator.clipboard.readText()).toBe(GENERATED);
    expect(await screen.findByText("Copied the temporary password")).toBeInTheDocument();

    await user.click(within(dialog).getByRole("button", { name: "Done" }));

    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Reset password…" })).toHaveFocus();
    expect(await screen.findByText("Must change password")).toBeInTheDocument();
    expect(screen.queryByText(GENERATED)).not.toBeInTheDocument();
  });

  it("never shows the password again: the dialog opens on a fresh form", async () => {
    resetApi();
    const { user, dialog } = await openResetDialog();
    await user.click(within(dialog).getByRole("button", { name: "Reset password" }));
    await within(dialog).findByText(GENERATED);

    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Reset password…" }));

    expect(screen.getByRole("dialog")).not.toHaveTextContent(GENERATED);
    expect(within(screen.getByRole("dialog")).getByRole("button", { name: "Reset password" })).toBeInTheDocument();
  });

  it("checks a typed password before sending it, then shows it once like a generated one", async () => {
    const api = resetApi(json({ loginId: "frank.zappa", generated: false, changePassword: true }));
    const { user, dialog } = await openResetDialog();
    await user.click(within(dialog).getByRole("radio", { name: "Type one" }));
    const field = within(dialog).getByLabelText("Password to set");
    expect(field).toHaveAccessibleDescription("At least 8 characters, with a letter and a digit, not containing the login.");
    expect(field).toHaveAttribute("type", "text");

    await user.type(field, "short1");
    await user.click(within(dialog).getByRole("button", { name: "Reset password" }));

    expect(field).toHaveAccessibleDescription(/Use at least 8 characters\./);
    expect(field).toHaveFocus();
    expect(api.callsTo("POST /api/users/frank.zappa/password")).toHaveLength(0);

    await user.clear(field);
    await user.type(field, "frank.zappa-2024");
    expect(field).toHaveAccessibleDescription(/Do not include the login\./);

    await user.clear(field);
    await user.type(field, "Sunny-Harbour-42");
    await user.click(within(dialog).getByRole("button", { name: "Reset password" }));

    expect(await within(dialog).findByRole("status", { name: "Temporary password" })).toHaveTextContent("Sunny-Harbour-42");
    expect(api.callsTo("POST /api/users/frank.zappa/password")[0]?.body).toEqual({ password: "Sunny-Harbour-42" });
  });

  it("shows the tenant's refusal of a typed password at the field", async () => {
    const refusal = "The contact center’s security policy refused this password. Generate one, or type a longer one that mixes upper- and lower-case letters, digits and symbols.";
    resetApi(problem(400, { title: "Invalid input", detail: refusal, errors: [{ field: "password", message: refusal }] }));
    const { user, dialog } = await openResetDialog();
    await user.click(within(dialog).getByRole("radio", { name: "Type one" }));
    await user.type(within(dialog).getByLabelText("Password to set"), "abcdefg1");
    await user.click(within(dialog).getByRole("button", { name: "Reset password" }));

    await waitFor(() => expect(within(dialog).getByLabelText("Password to set")).toHaveAccessibleDescription(new RegExp(refusal.slice(0, 40))));
    expect(within(dialog).getByLabelText("Password to set")).toHaveValue("abcdefg1");
    expect(within(dialog).queryByRole("alert")).not.toBeInTheDocument();
  });

  it("warns that a reset whose answer was lost may have changed the password, and shows none", async () => {
    const lost = "The contact center did not answer in time, so the password may or may not have been changed. Reset it again before you give one out.";
    resetApi(problem(504, { title: "Contact center timed out", detail: lost }));
    const { user, dialog } = await openResetDialog();

    await user.click(within(dialog).getByRole("button", { name: "Reset password" }));

    const alert = await within(dialog).findByRole("alert");
    expect(alert).toHaveTextContent("The password was not reset");
    expect(alert).toHaveTextContent(lost);
    expect(within(dialog).queryByRole("status", { name: "Temporary password" })).not.toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Reset password" })).toBeInTheDocument();
  });

  it("Cancel closes without sending anything", async () => {
    const api = resetApi();
    const { user, dialog } = await openResetDialog();
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(api.callsTo("POST /api/users/frank.zappa/password")).toHaveLength(0);
  });
});
