import type { Role } from "@switchboard/contracts";

/**
 * One demo account per role, named after it. Written out rather than read from the contracts'
 * ROLES: importing a value from the contracts would load zod on the sign-in page (decision 008).
 * The sign-in page's test checks the list against DEMO_ACCOUNTS.
 */
const DEMO_ACCOUNTS: readonly Role[] = ["viewer", "helpdesk", "supervisor", "admin"];

/** On the sign-in page in demo mode: which accounts exist and where their password is. */
export function DemoAccountsNote({ demo }: { demo: boolean }) {
  if (!demo) return null;
  return (
    <section
      aria-labelledby="demo-accounts-heading"
      className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
    >
      <h2 id="demo-accounts-heading" className="font-semibold">
        Demo accounts
      </h2>
      <p className="mt-1">
        Sign in as{" "}
        {DEMO_ACCOUNTS.map((role, index) => (
          <span key={role}>
            <code className="font-mono font-semibold">{role}</code>
            {index < DEMO_ACCOUNTS.length - 2 ? ", " : index === DEMO_ACCOUNTS.length - 2 ? " or " : ""}
          </span>
        ))}
        , one per role. Their password is printed in the server console when Switchboard starts.
      </p>
    </section>
  );
}
