import type { SsoOutcome } from "@switchboard/contracts";
import { Alert } from "@/components/ui/alert";
import { buttonClassName } from "@/components/ui/button";
import { env } from "@/config/env";

/**
 * "Sign in with <provider>": a link, not a fetch, since the browser itself goes to the provider and
 * back (`/api/auth/oidc/login`), carrying where to go afterwards (`next`, checked again by the BFF).
 */
export function SingleSignOnButton({ name, next }: { name: string; next: string }) {
  const href = `${env.apiBaseUrl}/auth/oidc/login?${new URLSearchParams({ next }).toString()}`;
  return (
    <a href={href} className={buttonClassName({ variant: "primary" }) + " w-full justify-center"}>
      Sign in with {name}
    </a>
  );
}

const OUTCOME_WORDS: Record<SsoOutcome, { title: string; text: (provider: string) => string }> = {
  failed: {
    title: "Single sign-on did not work",
    text: (provider) => `${provider} did not sign you in, or the sign-in could not be checked. Try again; if it keeps failing, ask your administrator.`,
  },
  unavailable: {
    title: "Single sign-on is not answering",
    text: (provider) => `${provider} cannot be reached right now. Try again in a minute.`,
  },
  refused: {
    title: "No access to Switchboard",
    text: (provider) => `Your account at ${provider} gives you no role in Switchboard. Ask your Switchboard administrator.`,
  },
};

function isOutcome(value: string | null): value is SsoOutcome {
  return value === "failed" || value === "unavailable" || value === "refused";
}

/** Why single sign-on sent the person back here (`?sso=failed`), in words; nothing for anything else. */
export function SingleSignOnOutcome({ outcome, provider }: { outcome: string | null; provider: string }) {
  if (!isOutcome(outcome)) return null;
  const words = OUTCOME_WORDS[outcome];
  return <Alert title={words.title}>{words.text(provider)}</Alert>;
}
