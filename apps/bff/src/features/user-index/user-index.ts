import { inTeamScope, matchesUserIndexQuery, type UserIndexQuery, type UserIndexRow, type UserIndexStatus } from "@switchboard/contracts";
import type { Logger } from "pino";
import { isUpstreamError } from "../../errors/upstream-problem.ts";
import { fanOut } from "../../platform/fan-out.ts";
import type { Platform, PlatformUser } from "../../platform/platform.ts";
import { runDetached } from "../../platform/request-deadline.ts";
import type { TeamScope } from "../../auth/team-scope.ts";

/**
 * What the index keeps of a user: the details a list, a filter, an export or a bulk change needs.
 * Sign-in details and devices are left out: they change by the minute, and only the user's own page
 * (read fresh) shows them (decision 019's memory budget).
 */
export type IndexedUser = Omit<PlatformUser, "loginInfo" | "devices" | "doNotDisturb">;

export interface UserIndexDeps {
  /** The port as every service sees it (the skills seen recorded). */
  platform: Platform;
  /** Calls in flight at most while filling: the client's own bound (BPCC_CONCURRENCY / GWS_CONCURRENCY). */
  concurrency: number;
  /** After this long without a whole fill the index says `stale` (1 hour). */
  staleAfterMs?: number;
  now?: () => number;
  logger?: Pick<Logger, "info" | "warn">;
}

export interface UserIndex {
  /**
   * The index's age and progress as an account of `scope` may see them: a scoped one (decision 023)
   * is told how far the fill has gone (`percent`), not the tenant's count (`done` of `total`), which is not the size of its list.
   */
  status(scope?: TeamScope): UserIndexStatus;
  /** Goes up with every change to the index's users: a body built from them is reusable while it stays. */
  revision(): number;
  /** The rows matching `query`, A to Z by last name then first name; of the scope's teams only (decision 023). */
  rows(query?: Partial<UserIndexQuery>, scope?: TeamScope): UserIndexRow[];
  /** Every indexed user, whole (for the export and bulk changes). */
  users(): IndexedUser[];
  /**
   * Reads the whole tenant again, unless a fill is under way: then its callers share that one.
   * Resolves when the fill ends; never rejects (a failed fill is in `status().error`).
   */
  refresh(): Promise<void>;
  /** Starts the first fill when the index was never filled whole and none is under way. */
  fillIfEmpty(): void;
  /**
   * A change made through Switchboard: `user` is the user as it now is, `null` a user deleted, and
   * `undefined` a user to read again (a create, whose answer carries no user).
   */
  changed(loginId: string, user?: PlatformUser | null): void;
}

const HOUR_MS = 3_600_000;

function compact(user: PlatformUser): IndexedUser {
  const { loginInfo: _signIns, devices: _devices, doNotDisturb: _dnd, ...kept } = user;
  return kept;
}

function toRow(user: IndexedUser): UserIndexRow {
  const { loginId, firstName, lastName, team, extension, disabled, skills } = user;
  return { loginId, firstName, lastName, team, extension, disabled, skills };
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
const byName = (a: UserIndexRow, b: UserIndexRow) =>
  collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName) || collator.compare(a.loginId, b.loginId);

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Every user of the tenant with their details, in memory (decision 019). BPCC has no "list users with
 * details": the fill reads the directory's logins and then each user, `concurrency` at a time (the
 * client retries each read). A platform that lists users with details (Genesys) fills it in a few
 * paged calls. One fill at a time, outside any request's deadline; changes made through Switchboard
 * update it in place, also while a fill runs (they win over what the fill read before them).
 */
export function createUserIndex(deps: UserIndexDeps): UserIndex {
  const { platform } = deps;
  const now = deps.now ?? Date.now;
  const staleAfterMs = deps.staleAfterMs ?? HOUR_MS;
  let users = new Map<string, IndexedUser>();
  let sortedRows: UserIndexRow[] | undefined;
  let revision = 0;
  let indexedAt: number | undefined;
  let progress = { done: 0, total: 0, failed: 0 };
  let error: string | undefined;
  let filling: Promise<void> | undefined;
  /** Changes made while a fill runs, laid over its result when it ends. */
  let changesDuringFill: Map<string, IndexedUser | null> | undefined;

  function apply(loginId: string, user: IndexedUser | null): void {
    if (user) users.set(loginId, user);
    else users.delete(loginId);
    changesDuringFill?.set(loginId, user);
    sortedRows = undefined;
    revision += 1;
  }

  /** BPCC: the directory's logins, then one read per user with at most `concurrency` in flight. */
  async function readOneByOne(previous: ReadonlyMap<string, IndexedUser>): Promise<Map<string, IndexedUser>> {
    const logins = (await platform.listDirectory()).map((entry) => entry.loginId);
    progress = { done: 0, total: logins.length, failed: 0 };
    const outcomes = await fanOut(logins, (loginId) => platform.getUser(loginId), {
      concurrency: deps.concurrency,
      onSettled: (settled) => (progress.done = settled),
    });
    const read = new Map<string, IndexedUser>();
    outcomes.forEach((outcome, index) => {
      const loginId = logins[index] as string;
      if (outcome.status === "fulfilled") {
        read.set(loginId, compact(outcome.value));
        return;
      }
      // Deleted between the directory and its read: gone, not a failure.
      if (outcome.status === "rejected" && isUpstreamError(outcome.reason) && outcome.reason.kind === "not_found") return;
      progress.failed += 1;
      // A user who could not be read this time keeps what the last fill read of them.
      const kept = previous.get(loginId);
      if (kept) read.set(loginId, kept);
    });
    return read;
  }

  async function readAtOnce(listUsers: () => Promise<PlatformUser[]>): Promise<Map<string, IndexedUser>> {
    progress = { done: 0, total: 0, failed: 0 };
    const listed = await listUsers();
    progress = { done: listed.length, total: listed.length, failed: 0 };
    return new Map(listed.map((user) => [user.loginId, compact(user)]));
  }

  async function fill(): Promise<void> {
    changesDuringFill = new Map();
    // Nothing of this fill is read yet: not the last one's "40 of 40" (100 %) while the list is read.
    progress = { ...progress, done: 0, total: 0 };
    const started = now();
    try {
      const listUsers = platform.listUsers?.bind(platform);
      const read = listUsers ? await readAtOnce(listUsers) : await readOneByOne(users);
      for (const [loginId, user] of changesDuringFill) {
        if (user) read.set(loginId, user);
        else read.delete(loginId);
      }
      users = read;
      sortedRows = undefined;
      revision += 1;
      indexedAt = started;
      error = undefined;
      if (progress.failed > 0) deps.logger?.warn({ failed: progress.failed, total: progress.total }, "user index: some users could not be read");
      deps.logger?.info({ users: users.size, ms: now() - started }, "user index filled");
    } catch (failure) {
      error = `The list of users could not be read: ${describe(failure)}`;
      deps.logger?.warn({ err: failure }, "user index: the fill failed");
    } finally {
      changesDuringFill = undefined;
    }
  }

  function refresh(): Promise<void> {
    filling ??= runDetached(fill).finally(() => (filling = undefined));
    return filling;
  }

  function allRows(): UserIndexRow[] {
    sortedRows ??= [...users.values()].map(toRow).sort(byName);
    return sortedRows;
  }

  return {
    status(scope = null) {
      const state = filling ? "filling" : indexedAt === undefined || error !== undefined || now() - indexedAt > staleAfterMs ? "stale" : "ready";
      const { done, total, failed } = progress;
      return {
        state,
        indexedAt: indexedAt === undefined ? null : new Date(indexedAt).toISOString(),
        ...(scope === null ? { done, total } : {}),
        percent: total > 0 ? Math.floor((done * 100) / total) : 0,
        failed,
        ...(error === undefined ? {} : { error }),
      };
    },
    revision: () => revision,
    rows(query, scope = null) {
      const rows = scope === null ? allRows() : allRows().filter((row) => inTeamScope(scope, row.team));
      if (!query || Object.values(query).every((value: unknown) => value === undefined)) return rows;
      return rows.filter((row) => matchesUserIndexQuery(row, query));
    },
    users: () => [...users.values()],
    refresh,
    fillIfEmpty() {
      if (indexedAt === undefined && !filling) void refresh();
    },
    changed(loginId, user) {
      if (user !== undefined) {
        apply(loginId, user && compact(user));
        return;
      }
      void runDetached(async () => {
        try {
          apply(loginId, compact(await platform.getUser(loginId)));
        } catch (failure) {
          if (isUpstreamError(failure) && failure.kind === "not_found") apply(loginId, null);
          else deps.logger?.warn({ err: failure, loginId }, "user index: a changed user could not be read again");
        }
      });
    },
  };
}
