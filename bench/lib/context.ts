import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SignedIn } from "./bff-client.ts";
import { BffSlot } from "./bff-slot.ts";
import { GenesysParts } from "./genesys.ts";
import { closeAgents, json } from "./http.ts";
import { progress } from "./log.ts";
import { startBff, startSim, type Bff, type Sim } from "./processes.ts";

/** The tenant of rows 1, 3, 5, 6, 7, 8 and 9: the 20,000-user directory. */
export const TENANT_USERS = 20_000;

/**
 * What the rows share, each piece started on first use so that `--only` starts only what its rows
 * need: one simulator (a child process), one BFF (restartable), the bench admin's session.
 */
export class Context {
  readonly tmp = mkdtempSync(join(tmpdir(), "switchboard-bench-"));
  /** Random, long and never common: passes the dashboard's password policy. */
  readonly admin = { username: "bench-admin", password: `Bench-${randomBytes(18).toString("base64url")}` };
  private simHandle: Promise<Sim> | undefined;
  private readonly bpccBff = new BffSlot(async (n) => {
    const sim = await this.sim();
    progress(`starting BFF #${n}`);
    return startBff({ upstream: { platform: "bpcc", sim }, dataDir: join(this.tmp, `bff-${n}`), admin: this.admin, logFile: join(this.tmp, `bff-${n}.log`) });
  }, this.admin);
  private ids: string[] | undefined;
  /** Rows 11–13: a Genesys simulator and a BFF on it, started only when one of them runs. */
  readonly genesys = new GenesysParts(this.tmp, this.admin);

  sim(): Promise<Sim> {
    this.simHandle ??= (async () => {
      progress(`starting the simulator with ${TENANT_USERS.toLocaleString("en-US")} users`);
      const sim = await startSim(TENANT_USERS, this.tmp);
      progress(`simulator at ${sim.baseUrl} (pid ${sim.pid})`);
      return sim;
    })();
    return this.simHandle;
  }

  bff(): Promise<Bff> {
    return this.bpccBff.get();
  }

  /** A new BFF process with an empty data directory: no token, no cached directory, no sessions. */
  restartBff(): Promise<Bff> {
    return this.bpccBff.restart();
  }

  adminSession(): Promise<SignedIn> {
    return this.bpccBff.adminSession();
  }

  /** A Bearer token fetched straight from the simulator, as the BFF's client would. */
  async directToken(): Promise<string> {
    const sim = await this.sim();
    const form = new URLSearchParams({
      grant_type: "client_credentials",
      client_id: sim.credentials.clientId,
      client_secret: sim.credentials.clientSecret,
      scope: sim.credentials.scope,
    }).toString();
    const res = await json<{ access_token?: string }>(`${sim.baseUrl}/configapi/v2/oauth/token`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: form,
    });
    if (!res.body.access_token) throw new Error(`the simulator refused a token: ${res.status}`);
    return res.body.access_token;
  }

  /** Every login of the tenant, read from the simulator's directory (not through the BFF, so no row pays for it). */
  async loginIds(): Promise<string[]> {
    if (this.ids) return this.ids;
    const sim = await this.sim();
    const token = await this.directToken();
    const res = await json<{ loginId: string }[]>(`${sim.baseUrl}/configapi/v2/phone/user`, { headers: { Authorization: `Bearer ${token}` } });
    if (!Array.isArray(res.body)) throw new Error(`the simulator's directory answered ${res.status}`);
    this.ids = res.body.map((entry) => entry.loginId);
    return this.ids;
  }

  async close(keepTmp: boolean): Promise<void> {
    await this.bpccBff.stop();
    if (this.simHandle) await (await this.simHandle).stop();
    await this.genesys.close();
    closeAgents();
    if (!keepTmp) rmSync(this.tmp, { recursive: true, force: true });
  }
}
