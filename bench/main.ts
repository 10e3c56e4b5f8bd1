// `pnpm bench`: every measurement of issue 7 in one run, one table, bench/results.json.
// A missed target is a figure, not a failure: the exit code is non-zero only when the harness broke.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Context } from "./lib/context.ts";
import { elapsedSeconds, progress } from "./lib/log.ts";
import { REPO } from "./lib/processes.ts";
import type { Row, RowResult } from "./lib/row.ts";
import { formatTable } from "./lib/table.ts";
import { ROWS } from "./rows/index.ts";

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    "no-build": { type: "boolean", default: false },
    "keep-tmp": { type: "boolean", default: false },
    "update-readme": { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});

if (values.help) {
  console.log(
    [
      "pnpm bench [--only 1,3,5] [--no-build] [--keep-tmp] [--update-readme]",
      "  --only           run these rows (numbers from the issue)",
      "  --no-build       use apps/web/dist as it is",
      "  --keep-tmp       keep the temporary directory (server logs, data)",
      "  --update-readme  write this run's table into bench/README.md (a run of every row only)",
    ].join("\n"),
  );
  process.exit(0);
}

const wanted = values.only ? new Set(values.only.split(",").map((n) => Number(n.trim()))) : undefined;
const unknown = wanted ? [...wanted].filter((id) => !ROWS.some((row) => row.id === id)) : [];
if (unknown.length > 0) {
  console.error(`--only: no row ${unknown.join(", ")} (rows are ${ROWS.map((r) => r.id).sort((a, b) => a - b).join(", ")})`);
  process.exit(2);
}
const rows = ROWS.filter((row) => !wanted || wanted.has(row.id));

function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, ${process.platform}`;
}

function buildWeb(): void {
  progress("building the SPA (pnpm --filter @switchboard/web build)");
  const build = spawnSync("pnpm", ["--filter", "@switchboard/web", "build"], { cwd: REPO, stdio: ["ignore", "ignore", "inherit"] });
  if (build.status !== 0) throw new Error("building the web app failed");
}

async function runRow(row: Row, ctx: Context): Promise<RowResult> {
  progress(`row ${row.id}: ${row.what}`);
  const started = performance.now();
  const base = { id: row.id, what: row.what, target: row.target };
  try {
    const measured = await row.run(ctx);
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    progress(`row ${row.id}: ${measured.result} ${measured.figure} (${seconds} s)`);
    return { ...base, ...measured, seconds };
  } catch (error) {
    // One broken row must not cost the others their figures; the run still exits non-zero.
    const message = error instanceof Error ? error.message : String(error);
    progress(`row ${row.id}: the harness broke: ${error instanceof Error ? (error.stack ?? message) : message}`);
    return { ...base, figure: "—", baseline: "—", ratio: "—", result: "N/A", note: `harness error: ${message}`, data: { error: message }, broken: true } as RowResult;
  }
}

// Other work on this machine skews every figure: say so rather than print the figures bare.
const loadAtStart = loadavg()[0] ?? 0;
if (loadAtStart > 0.7) progress(`warning: the machine is busy before the bench starts (load average ${loadAtStart.toFixed(2)}); figures may be low`);
const ctx = new Context();
if (values["keep-tmp"]) progress(`temporary directory (kept): ${ctx.tmp}`);
const results: RowResult[] = [];
let broken = false;
try {
  const needsWeb = rows.some((row) => [4, 5, 6, 17].includes(row.id));
  if (needsWeb && !values["no-build"]) buildWeb();
  for (const row of rows) {
    const result = await runRow(row, ctx);
    if ((result as { broken?: boolean }).broken) broken = true;
    results.push(result);
  }
} finally {
  await ctx.close(values["keep-tmp"] || broken);
}

const date = new Date().toISOString().replace(/\.\d+Z$/, "Z");
const totalSeconds = Math.round(elapsedSeconds());
const sorted = [...results].sort((a, b) => a.id - b.id);
const load = { atStart: Math.round(loadAtStart * 100) / 100, atEnd: Math.round((loadavg()[0] ?? 0) * 100) / 100 };
const report = { date, machine: machine(), totalSeconds, loadAverage: load, rows: sorted };
writeFileSync(join(import.meta.dirname, "results.json"), `${JSON.stringify(report, null, 2)}\n`);

const heading = `Switchboard bench — ${date} — ${report.machine} — ${totalSeconds} s — load average ${load.atStart} at start`;
const table = formatTable(sorted);
console.log(`\n${heading}\n`);
console.log(table);
if (values["update-readme"] && !wanted && !broken) {
  const readme = join(import.meta.dirname, "README.md");
  const block = /(<!-- bench:latest -->\n)[\s\S]*?(<!-- \/bench:latest -->)/;
  writeFileSync(readme, readFileSync(readme, "utf8").replace(block, (_all, open: string, close: string) => `${open}${heading}\n\n${table}\n${close}`));
  console.log("bench/README.md updated with this table.");
}
console.log(`\nWritten to bench/results.json.${broken ? ` The harness broke on a row; its logs are in ${ctx.tmp}.` : ""}`);
process.exitCode = broken ? 1 : 0;
