// `pnpm bench` starts here: install what a fresh clone lacks (the bench's own tools included),
// then run the measurements in main.ts. Only node: built-ins above the dynamic import.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const marker = join(root, "node_modules", ".modules.yaml");
const lock = join(root, "pnpm-lock.yaml");
const installed = existsSync(marker) && existsSync(join(import.meta.dirname, "node_modules", "autocannon"));
if (!installed || statSync(lock).mtimeMs > statSync(marker).mtimeMs) {
  process.stderr.write("installing dependencies (pnpm install --frozen-lockfile)\n");
  const install = spawnSync("pnpm", ["install", "--frozen-lockfile"], { cwd: root, stdio: "inherit" });
  if (install.status !== 0) {
    process.stderr.write("pnpm install failed; see above.\n");
    process.exit(1);
  }
}

await import("./main.ts");
