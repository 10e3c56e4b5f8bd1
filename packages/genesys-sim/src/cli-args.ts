import { parseFlags, wholeNumberFlag as wholeNumber, type CliCommand as Command } from "@switchboard/bpcc-sim";
import { z } from "zod";
import type { SimulatorOptions } from "./options.ts";

export const USAGE = `Usage: pnpm sim --platform genesys [options]

Serves a simulated Genesys Web Services 8.5 server (Users API under <context path>/api/v2,
control plane under /sim) until stopped with Ctrl-C.

Options:
  --port <n>              port to listen on (default 8091; 0 picks a free one)
  --host <address>        address to listen on (default 127.0.0.1)
  --users <n>             tenant size, 10 to 50000 (default 500)
  --seed <n>              same seed, same tenant (default 42)
  --context-path <path>   put before /api/v2, e.g. /gws (default none)
  --username <name>       the API user for HTTP Basic (default switchboard.api@example.com)
  --password <s>          its password (default: random, printed at start)
  --no-csrf               turn CSRF protection off (default on)
  --status-codes <style>  documented, strings or numbers (default documented)
  --errors-http-200       answer error envelopes with HTTP 200
  --latency <ms>          fixed delay before every API answer (default 0)
  --jitter <ms>           extra random delay, 0 to this many ms (default 0)
  -h, --help              show this help`;

export type CliCommand = Command<SimulatorOptions>;

const Flags = z.object({
  port: wholeNumber("port", 0, 65_535).default(8091),
  host: z.string().min(1, "--host must not be empty").default("127.0.0.1"),
  users: wholeNumber("users", 10, 50_000).optional(),
  seed: wholeNumber("seed", -2_147_483_648, 4_294_967_295).optional(),
  "context-path": z.string().regex(/^(\/[A-Za-z0-9._~-]+)*$/, "--context-path must be empty or like /gws").optional(),
  username: z.string().min(1, "--username must not be empty").optional(),
  password: z.string().min(1, "--password must not be empty").optional(),
  "no-csrf": z.boolean().optional(),
  "status-codes": z.enum(["documented", "strings", "numbers"], "--status-codes must be documented, strings or numbers").optional(),
  "errors-http-200": z.boolean().optional(),
  latency: wholeNumber("latency", 0, 600_000).optional(),
  jitter: wholeNumber("jitter", 0, 600_000).optional(),
  help: z.boolean().optional(),
});

/** Parses the command line; throws an Error whose message is fit to print for any bad flag. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  const flags = parseFlags(argv, Flags, { booleans: ["no-csrf", "errors-http-200"] });
  if (flags.help) return { kind: "help" };
  const options: SimulatorOptions & { port: number; host: string } = { port: flags.port, host: flags.host };
  if (flags.users !== undefined) options.users = flags.users;
  if (flags.seed !== undefined) options.seed = flags.seed;
  if (flags["context-path"] !== undefined) options.contextPath = flags["context-path"];
  if (flags.username !== undefined) options.username = flags.username;
  if (flags.password !== undefined) options.password = flags.password;
  if (flags["no-csrf"]) options.csrf = false;
  if (flags["status-codes"] !== undefined) options.statusCodes = flags["status-codes"];
  if (flags["errors-http-200"]) options.errorsWithHttp200 = true;
  if (flags.latency !== undefined) options.latencyMs = flags.latency;
  if (flags.jitter !== undefined) options.jitterMs = flags.jitter;
  return { kind: "serve", options };
}
