/**
 * `server.ts` in a process of its own, as an operator runs it: for the tests that need a real process
 * (killed mid-request, stopped by a signal, two instances on one database).
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export interface ServerProcess {
  child: ChildProcessWithoutNullStreams;
  port: number;
  baseUrl: string;
  /** Everything it wrote, stdout and stderr. */
  output(): string;
}

/** Starts it with exactly this environment (plus PATH, PORT, HOST); resolves once it listens. */
export async function startServerProcess(options: { cwd: string; env: Record<string, string> }, cleanups: (() => unknown)[]): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [resolve(import.meta.dirname, "../src/server.ts")], {
    cwd: options.cwd,
    env: { PATH: process.env["PATH"], PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "info", ...options.env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  cleanups.push(() => void child.kill("SIGKILL"));
  // Read to the end, so the server never writes into a closed pipe.
  let seen = "";
  child.stdout.on("data", (chunk) => (seen += String(chunk)));
  child.stderr.on("data", (chunk) => (seen += String(chunk)));
  const listening = await waitFor(() => (seen.includes("switchboard listening") ? true : undefined), 30_000);
  if (!listening) throw new Error(`the server did not start:\n${seen}`);
  return { child, port, baseUrl: `http://127.0.0.1:${port}`, output: () => seen };
}

export async function freePort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await new Promise((done) => server.once("listening", done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** Asks `probe` every 10 ms until it answers something, or `timeoutMs` passes (then undefined). */
export async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 5_000): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await sleep(10);
  }
  return undefined;
}
