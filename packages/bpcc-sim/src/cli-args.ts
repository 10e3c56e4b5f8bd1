import { parseArgs } from "node:util";
import { z } from "zod";
import type { SimulatorOptions } from "./options.ts";

export const USAGE = `Usage: pnpm sim [options]

Serves a simulated Bright Pattern tenant (Configuration API v2 under /configapi/v2,
control plane under /sim) until stopped with Ctrl-C.

Options:
  --port <n>            port to listen on (default 8090; 0 picks a free one)
  --host <address>      address to listen on (default 127.0.0.1)
  --users <n>           tenant size, 10 to 50000 (default 500)
  --seed <n>            same seed, same tenant (default 42)
  --latency <ms>        fixed delay before every API answer (default 0)
  --jitter <ms>         extra random delay, 0 to this many ms (default 0)
  --token-ttl <s>       access token lifetime in seconds (default 3600)
  --client-id <id>      API user (default switchboard-demo)
  --client-secret <s>   API secret (default: random, printed at start)
  --scope <domain>      tenant domain the token call must name (default demo.brightpattern.local)
  -h, --help            show this help`;

export type CliCommand =
  | { kind: "help" }
  | { kind: "serve"; options: SimulatorOptions & { port: number; host: string } };

const wholeNumber = (flag: string, min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d+$/, `--${flag} must be a whole number`)
    .transform(Number)
    .pipe(z.number().min(min, `--${flag} must be at least ${min}`).max(max, `--${flag} must be at most ${max}`));

const Flags = z.object({
  port: wholeNumber("port", 0, 65_535).default(8090),
  host: z.string().min(1).default("127.0.0.1"),
  users: wholeNumber("users", 10, 50_000).optional(),
  seed: wholeNumber("seed", -2_147_483_648, 4_294_967_295).optional(),
  latency: wholeNumber("latency", 0, 600_000).optional(),
  jitter: wholeNumber("jitter", 0, 600_000).optional(),
  "token-ttl": wholeNumber("token-ttl", 1, 31_536_000).optional(),
  "client-id": z.string().min(1, "--client-id must not be empty").optional(),
  "client-secret": z.string().min(1, "--client-secret must not be empty").optional(),
  scope: z.string().min(1, "--scope must not be empty").optional(),
  help: z.boolean().optional(),
});

/** Parses the command line; throws an Error whose message is fit to print for any bad flag. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  // `pnpm sim -- --port 1` passes the separator through.
  const args = argv[0] === "--" ? argv.slice(1) : [...argv];
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: "string", short: "p" },
      host: { type: "string" },
      users: { type: "string" },
      seed: { type: "string" },
      latency: { type: "string" },
      jitter: { type: "string" },
      "token-ttl": { type: "string" },
      "client-id": { type: "string" },
      "client-secret": { type: "string" },
      scope: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const parsed = Flags.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join("; "));
  const flags = parsed.data;
  if (flags.help) return { kind: "help" };
  const options: SimulatorOptions & { port: number; host: string } = { port: flags.port, host: flags.host };
  if (flags.users !== undefined) options.users = flags.users;
  if (flags.seed !== undefined) options.seed = flags.seed;
  if (flags.latency !== undefined) options.latencyMs = flags.latency;
  if (flags.jitter !== undefined) options.jitterMs = flags.jitter;
  if (flags["token-ttl"] !== undefined) options.tokenTtlSeconds = flags["token-ttl"];
  if (flags["client-id"] !== undefined) options.clientId = flags["client-id"];
  if (flags["client-secret"] !== undefined) options.clientSecret = flags["client-secret"];
  if (flags.scope !== undefined) options.scope = flags.scope;
  return { kind: "serve", options };
}
