import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// `pnpm sim` runs scripts/sim.mjs: --platform genesys picks this simulator, nothing picks Bright Pattern.
const DISPATCHER = fileURLToPath(new URL("../../../scripts/sim.mjs", import.meta.url));

async function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [DISPATCHER, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const [code] = await once(child, "exit");
  return { code, stdout, stderr };
}

describe("pnpm sim --platform genesys", () => {
  it("prints base URL and credentials, serves the API with them, and stops cleanly on SIGTERM", async () => {
    const child = spawn(process.execPath, [DISPATCHER, "--platform", "genesys", "--port", "0", "--users", "20", "--context-path", "/gws", "--username", "cli@example.com"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.setEncoding("utf8");
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on("data", (chunk: string) => {
          output += chunk;
          if (output.includes("Press Ctrl-C")) resolve();
        });
        child.once("exit", (code) => reject(new Error(`exited early with ${code}: ${output}`)));
      });
      const baseUrl = /listening on (http:\/\/127\.0\.0\.1:\d+\/gws)/.exec(output)?.[1];
      const password = /password: +(\S+)/.exec(output)?.[1];
      expect(output).toContain("username:      cli@example.com");
      expect(output).toMatch(/control plane: http:\/\/127\.0\.0\.1:\d+\/sim/);
      expect(baseUrl && password).toBeTruthy();
      const me = await fetch(`${baseUrl}/api/v2/me`, { headers: { Authorization: `Basic ${Buffer.from(`cli@example.com:${password}`).toString("base64")}` } });
      expect(me.status).toBe(200);
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      const [code] = await exited;
      expect(code).toBe(0);
      expect(output).toContain("Received SIGTERM, stopping.");
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }
  }, 20_000);

  it("exits with status 2 and the usage for a bad flag", async () => {
    const { code, stderr } = await run(["--platform", "genesys", "--users", "ten"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^genesys-sim: --users must be a whole number/);
    expect(stderr).toContain("Usage: pnpm sim --platform genesys");
  }, 20_000);

  it("exits with status 2 for an unknown platform, and stays Bright Pattern without --platform", async () => {
    const unknown = await run(["--platform", "avaya"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--platform must be one of bpcc, genesys/);
    const bpcc = await run(["--help"]);
    expect(bpcc.code).toBe(0);
    expect(bpcc.stdout).toContain("Bright Pattern");
    const genesys = await run(["--platform=genesys", "--help"]);
    expect(genesys.stdout).toContain("Genesys Web Services");
  }, 20_000);
});
