import { spawn } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { stopChild, track } from "./processes.ts";

export interface BareProxy {
  baseUrl: string;
  pid: number;
  stop(): Promise<void>;
}

/** Row 1's ceiling: `bare-proxy-process.ts` in a child process, forwarding to `upstream` with `token`. */
export async function startBareProxy(options: { upstream: string; token: string; logDir: string }): Promise<BareProxy> {
  const child = track(
    spawn(process.execPath, [join(import.meta.dirname, "bare-proxy-process.ts")], {
      cwd: options.logDir,
      stdio: ["ignore", "pipe", "pipe"],
      // The token in the environment, not on the command line that `ps` shows.
      env: { PATH: process.env.PATH ?? "", BARE_PROXY_UPSTREAM: options.upstream, BARE_PROXY_TOKEN: options.token },
    }),
  );
  child.stderr?.pipe(createWriteStream(join(options.logDir, "bare-proxy.log")));
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once("line", resolve);
    child.once("exit", (code) => reject(new Error(`the bare proxy exited (${code}) before it listened`)));
  });
  const started: { baseUrl: string } = JSON.parse(line);
  return { baseUrl: started.baseUrl, pid: child.pid ?? 0, stop: () => stopChild(child) };
}

/** CPU time (user + system) a process has used so far, in seconds, from /proc (Linux). */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
