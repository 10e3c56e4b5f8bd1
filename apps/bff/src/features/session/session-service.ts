import type { Role } from "@switchboard/contracts";
import type { AccountsStore } from "../../auth/accounts-store.ts";
import { verifyPassword } from "../../auth/password-hash.ts";
import type { SessionsStore } from "../../auth/sessions-store.ts";
import { teamScopeOf, type TeamScope } from "../../auth/team-scope.ts";

export interface SignedIn {
  id: string;
  csrfToken: string;
  username: string;
  role: Role;
  teams: TeamScope;
}

export interface SessionService {
  /** Undefined for an unknown account, a disabled one and a wrong password alike, in similar time. */
  signIn(username: string, password: string): Promise<SignedIn | undefined>;
  /** Ends the session; answers the ID token it kept when the identity provider signed it in (for its sign-out). */
  signOut(sessionIdHash: string): Promise<{ idToken: string | undefined }>;
}

export function createSessionService(deps: {
  accounts: AccountsStore;
  sessions: SessionsStore;
  decoyHash: Promise<string>;
  now?: () => number;
}): SessionService {
  const now = deps.now ?? Date.now;
  return {
    async signIn(username, password) {
      const account = await deps.accounts.find(username);
      // An account the identity provider signs in has no password here: checked against the decoy,
      // so it answers as a wrong password does, in the same time.
      const hash = account && account.ssoSubject === null ? account.passwordHash : await deps.decoyHash;
      const matches = await verifyPassword(password, hash);
      if (!account || account.disabled || account.ssoSubject !== null || !matches) return undefined;
      const { id, csrfToken } = await deps.sessions.create(account.username, now());
      return { id, csrfToken, username: account.username, role: account.role, teams: teamScopeOf(account.role, account.teams) };
    },
    async signOut(sessionIdHash) {
      const idToken = await deps.sessions.idTokenOf(sessionIdHash);
      await deps.sessions.destroy(sessionIdHash);
      return { idToken };
    },
  };
}
