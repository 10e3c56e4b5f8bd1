import { join } from "node:path";
import type { SignedIn } from "./bff-client.ts";
import { BffSlot } from "./bff-slot.ts";
import { json } from "./http.ts";
import { progress } from "./log.ts";
import { startBff, startGenesysSim, type Bff, type GwsCredentials, type Sim } from "./processes.ts";

/** The Genesys rows' tenant: as large as the Bright Pattern one, so their figures compare. */
export const GENESYS_TENANT_USERS = 20_000;
/** `GWS_CONCURRENCY` the bench gives the BFF; row 13 checks the simulator never sees more at once. */
export const GENESYS_CONCURRENCY = 16;

export interface GwsUser {
  id: string;
  userName: string;
}

/**
 * The Genesys half of the bench (rows 11–13), started on first use like the rest of Context: its own
 * simulator process (genesys-sim, 20,000 users) and a BFF with `PLATFORM=genesys` pointed at it.
 */
export class GenesysParts {
  private simHandle: Promise<Sim<GwsCredentials>> | undefined;
  private readonly slot: BffSlot;
  private session: string | undefined;
  private users: GwsUser[] | undefined;

  private readonly tmp: string;
  private readonly admin: { username: string; password: string };

  constructor(tmp: string, admin: { username: string; password: string }) {
    this.tmp = tmp;
    this.admin = admin;
    this.slot = new BffSlot(async (n) => {
      const sim = await this.sim();
      progress(`starting Genesys BFF #${n} (GWS_CONCURRENCY=${GENESYS_CONCURRENCY})`);
      return startBff({
        upstream: { platform: "genesys", sim, concurrency: GENESYS_CONCURRENCY },
        dataDir: join(this.tmp, `bff-genesys-${n}`),
        admin: this.admin,
        logFile: join(this.tmp, `bff-genesys-${n}.log`),
      });
    }, admin);
  }

  sim(): Promise<Sim<GwsCredentials>> {
    this.simHandle ??= (async () => {
      progress(`starting the Genesys simulator with ${GENESYS_TENANT_USERS.toLocaleString("en-US")} users`);
      const sim = await startGenesysSim(GENESYS_TENANT_USERS, this.tmp);
      progress(`Genesys simulator at ${sim.baseUrl} (pid ${sim.pid})`);
      return sim;
    })();
    return this.simHandle;
  }

  bff(): Promise<Bff> {
    return this.slot.get();
  }

  /** A new BFF process on Genesys: no GWS session, no userName → id map, no cached directory. */
  restartBff(): Promise<Bff> {
    return this.slot.restart();
  }

  adminSession(): Promise<SignedIn> {
    return this.slot.adminSession();
  }

  /**
   * What a direct client sends: Basic credentials and the `JSESSIONID` of one session, opened once, as
   * the BFF's client keeps one (a client without a cookie jar would open a session per call).
   */
  async directHeaders(): Promise<Record<string, string>> {
    const sim = await this.sim();
    const basic = `Basic ${Buffer.from(`${sim.credentials.username}:${sim.credentials.password}`).toString("base64")}`;
    if (!this.session) {
      const me = await json(`${sim.baseUrl}/api/v2/me`, { headers: { Authorization: basic } });
      const cookie = [me.headers["set-cookie"] ?? []].flat().find((c) => c.startsWith("JSESSIONID="));
      if (me.status !== 200 || !cookie) throw new Error(`GET /api/v2/me on the Genesys simulator answered ${me.status} without a session`);
      this.session = cookie.split(";")[0];
    }
    return { Authorization: basic, Cookie: this.session ?? "", Accept: "application/json" };
  }

  /** Every user's id and userName, straight from the simulator (no row pays for it). */
  async userList(): Promise<GwsUser[]> {
    if (this.users) return this.users;
    const sim = await this.sim();
    const headers = await this.directHeaders();
    const res = await json<{ users?: GwsUser[] }>(`${sim.baseUrl}/api/v2/users?fields=id,userName&limit=${GENESYS_TENANT_USERS + 10}`, { headers });
    if (!Array.isArray(res.body.users)) throw new Error(`the Genesys simulator's user list answered ${res.status}`);
    this.users = res.body.users;
    return this.users;
  }

  async close(): Promise<void> {
    await this.slot.stop();
    if (this.simHandle) await (await this.simHandle).stop();
  }
}
