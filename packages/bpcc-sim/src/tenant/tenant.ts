import type { Clock } from "../clock.ts";
import { conflict, notFound, badRequest } from "../errors.ts";
import { ExtensionPool } from "./extension-pool.ts";
import { clearLockout, isLockedOut, lockNow, recordFailedSignIn } from "./lockout.ts";
import { checkPassword } from "./password-policy.ts";
import { renderAccessNumbers, renderDirectory } from "./phone-views.ts";
import type { CreateUserInput, FixedAccessNumber, SecurityPolicy, TenantSeed, UpdateUserInput, UserRecord } from "./types.ts";

/**
 * The live, in-memory tenant: the seeded data plus every change made through the API. Rules
 * that span users (unique logins and extensions, existing teams) are enforced here.
 */
export class Tenant {
  readonly policy: SecurityPolicy;
  private readonly users = new Map<string, UserRecord>();
  private readonly teams: Set<string>;
  private readonly skills: Set<string>;
  private readonly roles: Set<string>;
  private readonly accessNumbers: FixedAccessNumber[];
  private readonly extensions: ExtensionPool;
  private readonly clock: Clock;
  // Bodies are kept encoded: a 20,000-user directory is 2.5 MB, and most reads follow no change.
  private readonly teamsBody: Buffer;
  private directoryBody: Buffer | undefined;
  private accessNumbersBody: Buffer | undefined;

  constructor(seed: TenantSeed, clock: Clock) {
    for (const user of seed.users) this.users.set(user.loginId, user);
    this.teams = new Set(seed.teams);
    this.skills = new Set(seed.skills);
    this.roles = new Set(seed.roles);
    this.accessNumbers = seed.accessNumbers;
    this.policy = seed.policy;
    this.clock = clock;
    const reserved = seed.accessNumbers.flatMap((entry) => ("extension" in entry && entry.extension ? [entry.extension] : []));
    this.extensions = new ExtensionPool([...seed.users.map((user) => user.extension), ...reserved]);
    const sortedTeams = [...seed.teams].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" }));
    this.teamsBody = Buffer.from(JSON.stringify(sortedTeams.map((name) => ({ name }))));
  }

  get userCount(): number {
    return this.users.size;
  }

  getUser(loginId: string): UserRecord {
    const user = this.users.get(loginId);
    if (!user) throw notFound("user not found");
    return user;
  }

  createUser(input: CreateUserInput): void {
    if (this.users.has(input.loginId)) throw conflict("user with this loginId already exists");
    this.checkReferences(input);
    if (input.extension !== undefined && this.extensions.has(input.extension)) throw conflict("extension already exists");
    this.checkPassword(input.password, input.loginId);
    const extension = input.extension ?? this.extensions.allocate();
    this.extensions.claim(extension);
    const user: UserRecord = {
      loginId: input.loginId,
      firstName: input.firstName,
      lastName: input.lastName,
      team: input.team,
      extension,
      disabled: input.disabled ?? false,
      changePassword: input.changePassword ?? false,
      skills: { ...input.skills },
      roles: [...(input.roles ?? [])],
      voiceMail: false,
      greeting: false,
      loginInfo: { isLoggedIn: false },
      lockout: { failedAttempts: 0 },
    };
    if (input.email !== undefined) user.email = input.email;
    if (input.workPhone !== undefined) user.workPhone = input.workPhone;
    if (input.mobilePhone !== undefined) user.mobilePhone = input.mobilePhone;
    if (input.password !== undefined) user.password = input.password;
    this.users.set(user.loginId, user);
    this.directoryBody = undefined;
  }

  updateUser(loginId: string, changes: UpdateUserInput): void {
    const user = this.getUser(loginId);
    this.checkReferences(changes);
    this.checkPassword(changes.password, loginId);
    if (changes.team !== undefined) user.team = changes.team;
    if (changes.skills !== undefined) user.skills = { ...changes.skills };
    if (changes.disabled !== undefined) user.disabled = changes.disabled;
    if (changes.changePassword !== undefined) user.changePassword = changes.changePassword;
    if (changes.password !== undefined) user.password = changes.password;
  }

  deleteUser(loginId: string): void {
    const user = this.getUser(loginId);
    this.users.delete(loginId);
    this.extensions.release(user.extension);
    // The DID stays with the tenant, back in the pool of unassigned numbers.
    if (user.external !== undefined && !this.accessNumbers.some((entry) => entry.number === user.external)) {
      this.accessNumbers.push({ number: user.external, media: "voice", type: "unassigned" });
    }
    this.directoryBody = undefined;
    this.accessNumbersBody = undefined;
  }

  isLockedOut(loginId: string): boolean {
    return isLockedOut(this.getUser(loginId).lockout, this.policy, this.clock.now());
  }

  clearLock(loginId: string): void {
    clearLockout(this.getUser(loginId).lockout);
  }

  lockUser(loginId: string): void {
    lockNow(this.getUser(loginId).lockout, this.policy, this.clock.now());
  }

  recordFailedSignIn(loginId: string): { failedAttempts: number; lockedOut: boolean } {
    const state = this.getUser(loginId).lockout;
    recordFailedSignIn(state, this.policy, this.clock.now());
    return { failedAttempts: state.failedAttempts, lockedOut: isLockedOut(state, this.policy, this.clock.now()) };
  }

  teamsJson(): Buffer {
    return this.teamsBody;
  }

  directoryJson(): Buffer {
    this.directoryBody ??= Buffer.from(renderDirectory(this.users.values()));
    return this.directoryBody;
  }

  accessNumbersJson(): Buffer {
    this.accessNumbersBody ??= Buffer.from(renderAccessNumbers(this.accessNumbers, this.users.values()));
    return this.accessNumbersBody;
  }

  private checkReferences(input: { team?: string | undefined; skills?: Record<string, number> | undefined; roles?: string[] | undefined }): void {
    if (input.team !== undefined && !this.teams.has(input.team)) throw notFound("user team not found");
    // Worded as the platform words it (issue 19): an unknown skill is named, a team or a role is not.
    for (const skill of Object.keys(input.skills ?? {})) if (!this.skills.has(skill)) throw notFound(`skill not found: ${skill}`);
    for (const role of input.roles ?? []) if (!this.roles.has(role)) throw notFound("user role not found");
  }

  private checkPassword(password: string | undefined, loginId: string): void {
    if (password === undefined) return;
    const problem = checkPassword(password, loginId, this.policy);
    if (problem) throw badRequest(problem);
  }
}
