import type { SignInRequest } from "@switchboard/contracts";
import { useRef, useState } from "react";
import { fetchJson } from "@/lib/fetch-json";

/**
 * `POST /api/session`. Through fetchJson, not the api-client: the sign-in page loads no axios, zod
 * or TanStack Query (decision 008). The answer is the session, which the signed-in area reads
 * for itself (`GET /api/session`, parsed by the contract) as it loads.
 */
export async function signIn(credentials: SignInRequest): Promise<void> {
  await fetchJson("/session", { method: "POST", body: credentials });
}

type SignInState = { status: "idle" | "pending" } | { status: "error"; error: unknown; attempt: number };

/** The sign-in form's request: pending while the BFF checks, then done or failed with an error. */
export function useSignIn() {
  const [state, setState] = useState<SignInState>({ status: "idle" });
  const attempts = useRef(0);

  async function submit(credentials: SignInRequest): Promise<{ ok: true } | { ok: false; error: unknown }> {
    setState({ status: "pending" });
    try {
      await signIn(credentials);
      setState({ status: "idle" });
      return { ok: true };
    } catch (error) {
      setState({ status: "error", error, attempt: ++attempts.current });
      return { ok: false, error };
    }
  }

  return { state, submit, isPending: state.status === "pending" };
}
