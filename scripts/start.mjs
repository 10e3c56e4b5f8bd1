// `pnpm start`: install what is missing, build the SPA, serve Switchboard (demo mode unless BPCC_BASE_URL is set).
import { ensureInstalled, requireNode, root, run } from "./toolchain.mjs";

requireNode();
ensureInstalled();
if (run("pnpm", ["--filter", "@switchboard/web", "build"]) !== 0) {
  console.error("Building the web app failed; see above.");
  process.exit(1);
}

process.chdir(root);
await import("../apps/bff/src/launch.ts");
