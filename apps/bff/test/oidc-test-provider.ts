import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

/**
 * A real OpenID Provider for tests and the e2e suite: `oidc-provider` (certified) in this process, on
 * a free port, with Switchboard registered as a confidential client and people whose ID token carries
 * `roles` and `teams`. Its development interactions serve a plain login form (any password) and a
 * consent form; `ProviderBrowser` below fills them in over HTTP as a browser would.
 */
export interface TestPerson {
  preferred_username: string;
  email: string;
  name: string;
  roles: string[];
  teams: string[];
}

export const SWITCHBOARD_CLIENT = { clientId: "switchboard", clientSecret: "oidc-test-client-secret-5e7a1f09c4" } as const;

/** ann: a supervisor of Sales East; bob: staff of no group Switchboard maps; carol: an admin. */
export function defaultPeople(): Map<string, TestPerson> {
  return new Map([
    ["ann", { preferred_username: "ann", email: "ann@example.com", name: "Ann Lee", roles: ["sb-supervisors", "everyone"], teams: ["Sales East"] }],
    ["bob", { preferred_username: "bob", email: "bob@example.com", name: "Bob Roe", roles: ["everyone"], teams: [] }],
    // A supervisor scoped to one team of the simulator's tenant (decision 023): the e2e team-scope story.
    ["dora", { preferred_username: "dora", email: "dora@example.com", name: "Dora Kim", roles: ["sb-supervisors"], teams: ["Customer Service"] }],
    ["carol", { preferred_username: "carol", email: "carol@example.com", name: "Carol Diaz", roles: ["sb-admins"], teams: ["Sales East", "Support"] }],
  ]);
}

/** What a Switchboard pointed at this provider is configured with (OIDC_ROLE_MAP as parsed). */
export const TEST_ROLE_MAP = "sb-admins=admin,sb-helpdesk=helpdesk,sb-supervisors=supervisor,staff=viewer";

export interface OidcTestProvider {
  issuer: string;
  /** Edit to change what the provider says about a person at their next sign-in. */
  people: Map<string, TestPerson>;
  /** Builds the provider with Switchboard's redirect URIs (the BFF's address is known only once it listens). */
  register(client: { redirectUri: string; postLogoutRedirectUri: string }): void;
  close(): Promise<void>;
}

export async function startOidcProvider(options: { port?: number; host?: string; idTokenTtlSeconds?: number } = {}): Promise<OidcTestProvider> {
  const people = defaultPeople();
  let handler: ((req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => void) | undefined;
  const server: Server = createServer((req, res) => {
    if (handler) return handler(req, res);
    res.statusCode = 503;
    res.end("the provider is not configured yet");
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve));
  const issuer = `http://${options.host ?? "127.0.0.1"}:${(server.address() as AddressInfo).port}`;

  return {
    issuer,
    people,
    register({ redirectUri, postLogoutRedirectUri }) {
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: SWITCHBOARD_CLIENT.clientId,
            client_secret: SWITCHBOARD_CLIENT.clientSecret,
            redirect_uris: [redirectUri],
            post_logout_redirect_uris: [postLogoutRedirectUri],
            grant_types: ["authorization_code"],
            response_types: ["code"],
            token_endpoint_auth_method: "client_secret_basic",
          },
        ],
        async findAccount(_ctx, sub) {
          const person = people.get(sub);
          if (!person) return undefined;
          return { accountId: sub, claims: async () => ({ sub, ...person }) };
        },
        // The groups travel in the ID token with the profile scope, as an IdP's "groups claim" mapper does.
        claims: { openid: ["sub"], profile: ["preferred_username", "name", "roles", "teams"], email: ["email"] },
        conformIdTokenClaims: false,
        features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
        pkce: { required: () => true },
        ttl: { IdToken: options.idTokenTtlSeconds ?? 3600 },
        cookies: { keys: ["oidc-test-provider-cookie-key"] },
      });
      // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the provider answers its own errors; nothing awaits a Node request listener
      handler = provider.callback();
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * A browser over fetch: one cookie jar per origin, redirects followed by hand, the provider's login
 * and consent forms filled in. Stops at the first redirect back to `stopAt` (the BFF) and answers it,
 * so that a test can send it on, tamper with it, or send it twice.
 */
export class ProviderBrowser {
  private readonly jars = new Map<string, Map<string, string>>();

  cookie(origin: string, name: string): string | undefined {
    return this.jars.get(origin)?.get(name);
  }

  setCookie(origin: string, name: string, value: string): void {
    this.jarOf(origin).set(name, value);
  }

  private jarOf(origin: string): Map<string, string> {
    let jar = this.jars.get(origin);
    if (!jar) this.jars.set(origin, (jar = new Map()));
    return jar;
  }

  /** One request with this browser's cookies; `Sec-Fetch-Site: same-origin` for the BFF's own calls. */
  async request(url: string, init: RequestInit & { headers?: Record<string, string> } = {}): Promise<Response> {
    const target = new URL(url);
    const jar = this.jarOf(target.origin);
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
    const response = await fetch(target, { ...init, redirect: "manual", headers: { ...init.headers, ...(cookie ? { cookie } : {}) } });
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0\s*$/i.test(a));
      if (expired || value === "") jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  }

  /**
   * From the BFF's `/api/auth/oidc/login?next=…` through the provider's login (as `login`) and consent,
   * to the provider's redirect back to the BFF: its URL, not yet followed.
   */
  async signInAtProvider(loginUrl: string, login: string): Promise<URL> {
    const bffOrigin = new URL(loginUrl).origin;
    let response = await this.request(loginUrl);
    for (let step = 0; step < 20; step++) {
      const location = response.headers.get("location");
      if (location) {
        const next = new URL(location, response.url);
        if (next.origin === bffOrigin) return next;
        response = await this.request(next.href);
        continue;
      }
      if (response.status !== 200) throw new Error(`the provider answered ${response.status}: ${await response.text()}`);
      const page = await response.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
      const prompt = /name="prompt" value="(login|consent)"/.exec(page)?.[1];
      if (!action || !prompt) throw new Error(`unexpected page at the provider: ${page.slice(0, 300)}`);
      const form = new URLSearchParams(prompt === "login" ? { prompt, login, password: "any password" } : { prompt });
      response = await this.request(new URL(action.replaceAll("&amp;", "&"), response.url).href, {
        method: "POST",
        body: form.toString(),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
    }
    throw new Error("too many redirects at the provider");
  }
}
