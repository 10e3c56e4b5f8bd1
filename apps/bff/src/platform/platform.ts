import type {
  AccessNumber,
  Capabilities,
  CreateUserRequest,
  DirectoryEntry,
  LockState,
  Team,
  UserChange,
  User,
} from "@switchboard/contracts";

/**
 * A user as the platform reports them. BPCC keeps a user's direct number (DID) only in its
 * directory, not with the user: its adapter leaves `did` out and the users service adds it from the
 * cached directory. Genesys reads it with the user (the active device's number) and gives it here,
 * so a user's page never waits for the whole directory.
 */
export type PlatformUser = Omit<User, "did"> & { did?: string | null };

/**
 * The port the services call, in the product's own words. One adapter per contact-center platform
 * (BPCC now, Genesys later); upstream URLs and wire shapes stay behind it. A user is always named
 * by its login id. Failures surface as the adapter's error type, which errors/upstream-problem.ts
 * turns into problem details.
 *
 * Every call honours the deadline of the request it serves: an adapter passes `currentDeadline()`
 * (request-deadline.ts) to its client with each call, so that no attempt or retry pause starts after
 * it, and fails with its client's timeout error, which answers 504 (any other error thrown once the
 * deadline has passed answers 504 too).
 */
export interface Platform {
  readonly capabilities: Capabilities;
  /** Whether `getUser` gives the user's direct number (`did`); else the users service looks it up in the directory. */
  readonly userCarriesDirectNumber: boolean;
  /**
   * The login id of the directory user Switchboard itself signs in to the platform as (Genesys: the
   * GWS API user). The services refuse to delete it: that would lock Switchboard out. Absent where
   * the platform signs in with client credentials, not a user (BPCC).
   */
  readonly apiUserLoginId?: string;
  /** Proves the upstream is reachable and accepts our credentials (readiness). */
  checkReady(): Promise<void>;
  listDirectory(): Promise<DirectoryEntry[]>;
  /**
   * Every user with details, on a platform that lists them in a few calls (Genesys's paged
   * `fields=*`/`subresources=*` list). Absent where the only way is one `getUser` per user (BPCC):
   * the user index then reads the directory and fans out (features/user-index).
   */
  listUsers?(): Promise<PlatformUser[]>;
  /** The user with their sign-in details (`loginInfo`: null when the platform reports none). */
  getUser(loginId: string): Promise<PlatformUser>;
  createUser(user: CreateUserRequest): Promise<void>;
  /** Changes only the fields given; `skills` replaces the whole set. */
  updateUser(loginId: string, change: UserChange): Promise<void>;
  deleteUser(loginId: string): Promise<void>;
  getLockState(loginId: string): Promise<LockState>;
  /** Clears a lockout; answers the state the platform reports afterwards. */
  unlock(loginId: string): Promise<LockState>;
  /** Sets a temporary password that the user must change at the next sign-in. */
  resetPassword(loginId: string, temporaryPassword: string): Promise<void>;
  listTeams(): Promise<Team[]>;
  listAccessNumbers(): Promise<AccessNumber[]>;
}
