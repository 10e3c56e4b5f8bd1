import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { REPO } from "../lib/processes.ts";
import { verdict, type Row } from "../lib/row.ts";

const TARGET_MS = 5_000;

/** The simulator's own script, in a process of its own: it times createSimulator({ users: 50,000 }). */
export const seedRow: Row = {
  id: 10,
  what: "Seed a 50,000-user simulated tenant",
  target: "≤ 5 s",
  async run() {
    const script = join(REPO, "packages/bpcc-sim/scripts/seed-bench.ts");
    const { stdout } = await promisify(execFile)(process.execPath, [script], { cwd: REPO, timeout: 120_000 });
    const last = stdout.trim().split("\n").at(-1) ?? "";
    const { users, ms } = JSON.parse(last) as { users: number; ms: number };
    return {
      figure: `${(ms / 1000).toFixed(2)} s`,
      baseline: "—",
      ratio: "—",
      result: verdict(ms <= TARGET_MS),
      note: `${users.toLocaleString("en-US")} users seeded and built into a live tenant in ${Math.round(ms)} ms (packages/bpcc-sim/scripts/seed-bench.ts)`,
      data: { users, ms },
    };
  },
};
