// `pnpm sim [--platform bpcc|genesys] [options]`: serves a platform simulator — Bright Pattern
// unless told otherwise. The chosen simulator's own CLI reads the remaining flags.
const CLIS = {
  bpcc: "../packages/bpcc-sim/src/cli.ts",
  genesys: "../packages/genesys-sim/src/cli.ts",
};

const args = process.argv.slice(2);
// `pnpm sim -- --port 1` passes the separator through.
if (args[0] === "--") args.shift();
let platform = "bpcc";
const at = args.findIndex((arg) => arg === "--platform" || arg.startsWith("--platform="));
if (at >= 0) {
  const [flag] = args.splice(at, 1);
  platform = flag.includes("=") ? flag.slice(flag.indexOf("=") + 1) : (args.splice(at, 1)[0] ?? "");
}
if (!Object.hasOwn(CLIS, platform)) {
  process.stderr.write(`sim: --platform must be one of ${Object.keys(CLIS).join(", ")}, got '${platform}'\n\nUsage: pnpm sim [--platform bpcc|genesys] [options]   (pnpm sim --platform genesys --help for its options)\n`);
  process.exit(2);
}
process.argv = [process.argv[0], process.argv[1], ...args];
await import(new URL(CLIS[platform], import.meta.url).href);
