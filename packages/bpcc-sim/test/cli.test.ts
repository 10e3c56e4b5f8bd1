import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const CLI = fileURLToPath(new URL("../src/cli.ts", import.meta.url));

describe("the bpcc-sim command", () => {
  it("prints its credentials, serves the API with them, and stops cleanly on SIGTERM", async () => {
    const child = spawn(process.execPath, [CLI, "--port", "0", "--users", "20", "--client-id", "cli.user", "--scope", "cli.example"], {
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
    const baseUrl = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
    const secret = /client_secret: (\S+)/.exec(output)?.[1];
    expect(output).toContain("client_id:     cli.user");
    expect(baseUrl && secret).toBeTruthy();

    const token = await fetch(`${baseUrl}/configapi/v2/oauth/token`, {
      method: "POST",
      body: new URLSearchParams({ grant_type: "client_credentials", client_id: "cli.user", client_secret: secret ?? "", scope: "cli.example" }),
    });
    expect(token.status).toBe(200);

    const exited = once(child, "exit");
    child.kill("SIGTERM");
    const [code] = await exited;
    expect(code).toBe(0);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }
  }, 20_000);

  it("exits with status 2 and a clear message for a bad flag", async () => {
    const child = spawn(process.execPath, [CLI, "--users", "ten"], { stdio: ["ignore", "pipe", "pipe"] });
    let errors = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => (errors += chunk));
    const [code] = await once(child, "exit");
    expect(code).toBe(2);
    expect(errors).toMatch(/^bpcc-sim: --users must be a whole number/);
    expect(errors).toContain("Usage: pnpm sim");
  }, 20_000);
});
