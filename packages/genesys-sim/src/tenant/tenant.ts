import { createRandom, type Random } from "@switchboard/bpcc-sim";
import { GwsError, STATUS, notFound } from "../errors.ts";
import { makeHexId } from "./ids.ts";
import type { DeviceRecord, Role, SkillRecord, TenantSeed, UserRecord } from "./types.ts";

export interface CreateUserInput {
  userName: string;
  firstName: string;
  lastName: string;
  password: string;
  roles: Role[];
  changePasswordOnFirstLogin: boolean;
}

export interface UpdateUserInput {
  firstName?: string;
  lastName?: string;
  password?: string;
  /** The new role set, not a diff (the seed). */
  roles?: Role[];
}

export type SortField = "userName" | "firstName" | "lastName" | "id";

/**
 * The live, in-memory tenant: the seeded data plus every change made through the API. Rules that
 * span users (unique user names, existing skills) are enforced here.
 */
export class Tenant {
  readonly contactCenterId: string;
  private readonly users = new Map<string, UserRecord>();
  private readonly idsByUserName = new Map<string, string>();
  private readonly skills = new Map<string, SkillRecord>();
  private readonly devices = new Map<string, DeviceRecord>();
  private readonly random: Random;
  private sorted = new Map<SortField | "created", UserRecord[]>();

  constructor(seed: TenantSeed, seedNumber: number) {
    this.contactCenterId = seed.contactCenterId;
    for (const skill of seed.skills) this.skills.set(skill.id, skill);
    for (const user of seed.users) this.add(user);
    // Its own stream, so the ids of created users never shift what the seed produced.
    this.random = createRandom(seedNumber ^ 0x6e5);
  }

  get userCount(): number {
    return this.users.size;
  }

  /**
   * Users in creation order, or sorted by a field (ties by id, so pages never overlap). Each order
   * is kept until the next change, so paging through 50,000 users does not sort 500 times.
   */
  listUsers(sortBy?: SortField): readonly UserRecord[] {
    const order = sortBy ?? "created";
    let listed = this.sorted.get(order);
    if (!listed) {
      listed = [...this.users.values()];
      if (sortBy) {
        const key = (user: UserRecord) => user[sortBy].toLowerCase();
        listed.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : 1));
      }
      this.sorted.set(order, listed);
    }
    return listed;
  }

  getUser(id: string): UserRecord {
    const user = this.users.get(id);
    if (!user) throw notFound("User");
    return user;
  }

  findByUserName(userName: string): UserRecord | undefined {
    const id = this.idsByUserName.get(userName.toLowerCase());
    return id === undefined ? undefined : this.users.get(id);
  }

  createUser(input: CreateUserInput): UserRecord {
    if (this.idsByUserName.has(input.userName.toLowerCase())) {
      // The documented example sends this code as a string.
      throw new GwsError(STATUS.alreadyExists, `User with userName ${input.userName} already exists`, true);
    }
    let id = makeHexId(this.random);
    while (this.users.has(id)) id = makeHexId(this.random);
    const user: UserRecord = {
      id,
      userName: input.userName,
      firstName: input.firstName,
      lastName: input.lastName,
      emailAddress: input.userName,
      roles: [...input.roles],
      enabled: true,
      changePasswordOnFirstLogin: input.changePasswordOnFirstLogin,
      doNotDisturb: "Off",
      password: input.password,
      skills: [],
      devices: [],
    };
    this.add(user);
    return user;
  }

  updateUser(id: string, change: UpdateUserInput): UserRecord {
    const user = this.getUser(id);
    if (change.firstName !== undefined) user.firstName = change.firstName;
    if (change.lastName !== undefined) user.lastName = change.lastName;
    if (change.password !== undefined) user.password = change.password;
    if (change.roles !== undefined) user.roles = [...new Set(change.roles)];
    this.sorted.clear();
    return user;
  }

  deleteUser(id: string): void {
    const user = this.getUser(id);
    this.users.delete(id);
    this.idsByUserName.delete(user.userName.toLowerCase());
    for (const device of user.devices) this.devices.delete(device.id);
    this.sorted.clear();
  }

  listSkills(): readonly SkillRecord[] {
    return [...this.skills.values()];
  }

  getSkill(id: string): SkillRecord {
    const skill = this.skills.get(id);
    if (!skill) throw notFound("Skill");
    return skill;
  }

  /** Assigns a skill, or changes its level when the user already has it. */
  assignSkill(userId: string, skillId: string, level: number, levelAsString: boolean): void {
    const user = this.getUser(userId);
    this.getSkill(skillId);
    const held = user.skills.find((assignment) => assignment.skillId === skillId);
    if (held) Object.assign(held, { level, levelAsString });
    else user.skills.push({ skillId, level, levelAsString });
  }

  unassignSkill(userId: string, skillId: string): void {
    const user = this.getUser(userId);
    const index = user.skills.findIndex((assignment) => assignment.skillId === skillId);
    if (index < 0) throw notFound("Skill assignment");
    user.skills.splice(index, 1);
  }

  listDevices(): readonly DeviceRecord[] {
    return [...this.devices.values()];
  }

  getDevice(id: string): DeviceRecord {
    const device = this.devices.get(id);
    if (!device) throw notFound("Device");
    return device;
  }

  private add(user: UserRecord): void {
    this.users.set(user.id, user);
    this.idsByUserName.set(user.userName.toLowerCase(), user.id);
    for (const device of user.devices) this.devices.set(device.id, device);
    this.sorted.clear();
  }
}
