import { signIn, type SignedIn } from "./bff-client.ts";
import type { Bff } from "./processes.ts";

/**
 * One BFF process the rows share, started on first use and restartable (a fresh process: no token,
 * no cache, no sessions), with the bench admin's session on it. `start` is given the start's number,
 * for the data directory and log file of each process.
 */
export class BffSlot {
  private handle: Bff | undefined;
  private session: SignedIn | undefined;
  private starts = 0;
  private readonly start: (n: number) => Promise<Bff>;
  private readonly admin: { username: string; password: string };

  constructor(start: (n: number) => Promise<Bff>, admin: { username: string; password: string }) {
    this.start = start;
    this.admin = admin;
  }

  async get(): Promise<Bff> {
    return this.handle ?? this.restart();
  }

  async restart(): Promise<Bff> {
    await this.stop();
    this.handle = await this.start(++this.starts);
    return this.handle;
  }

  async adminSession(): Promise<SignedIn> {
    const bff = await this.get();
    this.session ??= await signIn(bff.baseUrl, this.admin.username, this.admin.password);
    return this.session;
  }

  async stop(): Promise<void> {
    await this.handle?.stop();
    this.handle = undefined;
    this.session = undefined;
  }
}
