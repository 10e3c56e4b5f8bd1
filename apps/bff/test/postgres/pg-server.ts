/**
 * A real, throwaway PostgreSQL server for tests: Debian's `postgresql` server binaries (installed by
 * .ci/run when missing), initdb'ed into a temporary folder and listening on a free port of 127.0.0.1 with
 * `trust` authentication (local test use only). initdb refuses root, so under root every server command
 * runs as the `postgres` system user. One server per test file (use-postgres.ts), a fresh database per test.
 */
import { execFile } from "node:child_process";
import { chownSync, existsSync, readdirSync } from "node:fs";
import { appendFile, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const exec = promisify(execFile);

export interface PostgresServer {
  /** The server's data folder; its `postmaster.pid` names the server's process (the bench reads its CPU time). */
  readonly dataDir: string;
  /** A URL of a database on this server (default `postgres`), as its superuser `postgres`. */
  url(database?: string): string;
  /** Creates a fresh, empty database and answers with its URL. */
  createDatabase(): Promise<string>;
  /** `pg_ctl stop -m fast`: the server goes away, its data stays. */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
  /** Stops the server (when running) and removes its folder. */
  destroy(): Promise<void>;
}

/** The newest installed server's bin folder (/usr/lib/postgresql/<major>/bin), else `pg_config --bindir`. */
async function serverBinaries(): Promise<string> {
  const root = "/usr/lib/postgresql";
  const majors = existsSync(root)
    ? readdirSync(root)
        .filter((name) => existsSync(join(root, name, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (majors[0]) return join(root, majors[0], "bin");
  try {
    const bin = (await exec("pg_config", ["--bindir"])).stdout.trim();
    if (existsSync(join(bin, "initdb"))) return bin;
  } catch {
    // no pg_config either: the message below says what to install
  }
  throw new Error("No PostgreSQL server binaries (initdb) found: install Debian's `postgresql` package (.ci/run does).");
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function systemUser(name: string): Promise<{ uid: number; gid: number }> {
  const [uid, gid] = await Promise.all([exec("id", ["-u", name]), exec("id", ["-g", name])]);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = await serverBinaries();
  const asRoot = process.getuid?.() === 0;
  const folder = await mkdtemp(join(tmpdir(), "switchboard-pg-"));
  const data = join(folder, "data");
  const log = join(folder, "server.log");
  if (asRoot) {
    const owner = await systemUser("postgres");
    chownSync(folder, owner.uid, owner.gid);
  }
  /** A server command, as `postgres` under root; its output is in the thrown error when it fails. */
  const server = async (command: string, args: string[]) => {
    const [file, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", join(bin, command), ...args]] : [join(bin, command), args];
    try {
      await exec(file, argv, { cwd: folder, timeout: 60_000 });
    } catch (error) {
      const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
      throw new Error(`${command} failed: ${stderr || stdout || String(error)}`, { cause: error });
    }
  };
  const pgCtl = (...args: string[]) => server("pg_ctl", ["-D", data, "-l", log, "-w", "-t", "60", ...args]);

  let port = 0;
  let running = false;
  let databases = 0;
  try {
    // --no-sync: the folder is thrown away; the running server keeps fsync on, like a real one.
    await server("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions", "--no-sync"]);
    // A port can be taken between asking and listening: try another a few times.
    for (let attempt = 1; !running; attempt++) {
      port = await freePort();
      const settings = [`port = ${port}`, "listen_addresses = '127.0.0.1'", `unix_socket_directories = '${folder}'`, "fsync = on"];
      await appendFile(join(data, "postgresql.conf"), `\n${settings.join("\n")}\n`);
      try {
        await pgCtl("start");
        running = true;
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }

  const url = (database = "postgres") => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    dataDir: data,
    url,
    async createDatabase() {
      const name = `switchboard_${++databases}`;
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    async stop() {
      await pgCtl("stop", "-m", "fast");
      running = false;
    },
    async start() {
      await pgCtl("start");
      running = true;
    },
    async destroy() {
      if (running) await pgCtl("stop", "-m", "immediate").catch(() => {});
      running = false;
      await rm(folder, { recursive: true, force: true });
    },
  };
}
