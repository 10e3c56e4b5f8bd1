import { parseArgs } from "node:util";
import { z } from "zod";
import { stopOnSignals } from "./http/stop-on-signals.ts";

/** A `--flag <n>` that must be a whole number within bounds; messages name the flag. */
export const wholeNumberFlag = (flag: string, min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d+$/, `--${flag} must be a whole number`)
    .transform(Number)
    .pipe(z.number().min(min, `--${flag} must be at least ${min}`).max(max, `--${flag} must be at most ${max}`));

/**
 * Reads `argv` against a schema whose keys are the flag names (`help`, also `-h`, and `booleans` are
 * switches, every other flag takes a value); throws an Error whose message is fit to print for a bad flag.
 */
export function parseFlags<S extends z.ZodObject>(argv: readonly string[], schema: S, switches: { booleans?: readonly string[]; short?: Record<string, string> } = {}): z.output<S> {
  // `pnpm sim -- --port 1` passes the separator through.
  const args = argv[0] === "--" ? argv.slice(1) : [...argv];
  const booleans = new Set(["help", ...(switches.booleans ?? [])]);
  const options = Object.fromEntries(
    Object.keys(schema.shape).map((name) => {
      const short = switches.short?.[name] ?? (name === "help" ? "h" : undefined);
      return [name, { type: booleans.has(name) ? ("boolean" as const) : ("string" as const), ...(short ? { short } : {}) }];
    }),
  );
  const { values } = parseArgs({ args, strict: true, allowPositionals: false, options });
  const parsed = schema.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join("; "));
  return parsed.data;
}

export type CliCommand<O> = { kind: "help" } | { kind: "serve"; options: O & { port: number; host: string } };

export interface SimulatorCli<O, R extends { close(): Promise<void> }> {
  /** Prefixes error lines: `bpcc-sim: …`. */
  name: string;
  usage: string;
  parse(argv: readonly string[]): CliCommand<O>;
  start(options: O & { port: number; host: string }): Promise<R>;
  /** The lines printed once serving: address, credentials, control plane. */
  banner(running: R, options: O & { port: number; host: string }): string[];
}

/**
 * A simulator's command: a bad flag prints the problem and the usage and exits 2; `--help` prints
 * the usage; a failed start exits 1; else it prints the banner and serves until SIGINT/SIGTERM.
 */
export async function runSimulatorCli<O, R extends { close(): Promise<void> }>(cli: SimulatorCli<O, R>, argv: readonly string[]): Promise<void> {
  let command: CliCommand<O>;
  try {
    command = cli.parse(argv);
  } catch (error) {
    process.stderr.write(`${cli.name}: ${error instanceof Error ? error.message : String(error)}\n\n${cli.usage}\n`);
    process.exit(2);
  }
  if (command.kind === "help") {
    process.stdout.write(`${cli.usage}\n`);
    return;
  }
  let running: R;
  try {
    running = await cli.start(command.options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${cli.name}: cannot start on ${command.options.host}:${command.options.port}: ${message}\n`);
    process.exit(1);
  }
  process.stdout.write([...cli.banner(running, command.options), "Press Ctrl-C to stop.", ""].join("\n"));
  stopOnSignals(() => running.close());
}
