import { ROLES } from "@switchboard/contracts";
import { useHealth } from "../api/get-health";

/** On the sign-in page in demo mode: which accounts exist and where their password is. */
export function DemoAccountsNote() {
  const { data } = useHealth();
  if (!data?.demo) return null;
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
        {ROLES.map((role, index) => (
          <span key={role}>
            <code className="font-mono font-semibold">{role}</code>
            {index < ROLES.length - 2 ? ", " : index === ROLES.length - 2 ? " or " : ""}
          </span>
        ))}
        , one per role. Their password is printed in the server console when Switchboard starts.
      </p>
    </section>
  );
}
