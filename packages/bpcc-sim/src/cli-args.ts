import { z } from "zod";
import { parseFlags, wholeNumberFlag as wholeNumber, type CliCommand as Command } from "./cli-kit.ts";
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

export type CliCommand = Command<SimulatorOptions>;

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
  const flags = parseFlags(argv, Flags, { short: { port: "p" } });
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
