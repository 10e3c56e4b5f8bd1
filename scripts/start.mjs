// `pnpm start`: install what is missing, build the SPA, serve Switchboard (demo mode unless BPCC_BASE_URL is set).
import { spawn } from "node:child_process";
import { join } from "node:path";
import { ensureInstalled, requireNode, root, run } from "./toolchain.mjs";

requireNode();
ensureInstalled();
if (run("pnpm", ["--filter", "@switchboard/web", "build"]) !== 0) {
  console.error("Building the web app failed; see above.");
  process.exit(1);
}

const server = spawn(process.execPath, [join(root, "apps/bff/src/server.ts")], { cwd: root, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
