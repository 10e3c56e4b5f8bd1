/**
 * The one table of the SPA's routes. The app builds its router and links from it, and the e2e
 * helpers (Playwright, plain Node) import it too, so it stays free of React and browser globals.
 */
function withSearch(path: string, params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value) search.set(name, value);
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

export const paths = {
  home: {
    path: "/",
    getHref: () => "/",
  },
  signIn: {
    path: "/sign-in",
    title: "Sign in",
    /** `next`: where to go once signed in (a same-site path; anything else is ignored). */
    getHref: (next?: string) => withSearch("/sign-in", { next }),
  },
  directory: {
    path: "/directory",
    title: "Directory",
    /** `q`: the search as typed; the page filters by it. */
    getHref: (q?: string) => withSearch("/directory", { q }),
  },
  users: {
    path: "/users",
    title: "Users",
    /**
     * `q`: the search as typed; `sort`: the column (name when absent); `dir`: `desc`, or ascending when
     * absent; `team` (`-`: no team), `skill` and `band` (`low`, `mid`, `high`: a level band of that skill).
     */
    getHref: ({ q, sort, dir, team, skill, band }: UsersSearch = {}) => withSearch("/users", { q, sort, dir, team, skill, band }),
  },
  newUser: {
    // Matched before /users/:loginId (a static segment ranks first): a login "new" has no page.
    path: "/users/new",
    title: "New user",
    getHref: () => "/users/new",
  },
  importUsers: {
    // Matched before /users/:loginId, as /users/new is.
    path: "/users/import",
    title: "Import users",
    getHref: () => "/users/import",
  },
  user: {
    path: "/users/:loginId",
    /** The login is one path segment, whatever it holds (`a/b`, `o'brien`). */
    getHref: (loginId: string) => `/users/${encodeURIComponent(loginId)}`,
  },
  skills: {
    path: "/skills",
    title: "Skills coverage",
    /** `band`: count only one level band (`low`, `mid`, `high`); every level when absent. */
    getHref: (band?: string) => withSearch("/skills", { band }),
  },
  teams: {
    path: "/teams",
    title: "Teams",
    getHref: () => "/teams",
  },
  accessNumbers: {
    path: "/access-numbers",
    title: "Access numbers",
    /** `q`: the search as typed; `type`: one assignment (scenario, user, phone, unassigned, other). */
    getHref: ({ q, type }: AccessNumbersSearch = {}) => withSearch("/access-numbers", { q, type }),
  },
  locks: {
    path: "/locks",
    title: "Locked right now",
    /** `job`: the scan shown, so a person can leave while it runs and come back to it. */
    getHref: (job?: string) => withSearch("/locks", { job }),
  },
  accounts: {
    path: "/accounts",
    title: "Accounts",
    getHref: () => "/accounts",
  },
  audit: {
    path: "/audit",
    title: "Audit",
    /** The filters, as the API takes them: names exactly, times as ISO 8601 (UTC). */
    getHref: (filters: AuditFilters = {}) => withSearch("/audit", { ...filters }),
  },
} as const;

/** The Users page's address: what is searched and how the table is sorted. */
export type UsersSearch = {
  q?: string | undefined;
  sort?: string | undefined;
  dir?: string | undefined;
  team?: string | undefined;
  skill?: string | undefined;
  band?: string | undefined;
};

/** The Access numbers page's address. */
export type AccessNumbersSearch = {
  q?: string | undefined;
  type?: string | undefined;
};

/** What the Audit page's address may filter by; every one optional. */
export type AuditFilters = {
  actor?: string | undefined;
  action?: string | undefined;
  target?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

/** Every page's document title ends with the product's name. */
export function pageTitle(title: string): string {
  return `${title} · Switchboard`;
}
