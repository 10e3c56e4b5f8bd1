import { z } from "zod";
import { createAuditStore } from "../audit/audit-store.ts";
import { ConfigError, loadDotEnv, readConfig } from "../config/env.ts";
import { openDatabase, type Db } from "../db/database.ts";
import { AppError } from "../errors/app-error.ts";
import { createAccountsService } from "../features/accounts/accounts-service.ts";
import { runCommand } from "./accounts-commands.ts";
import { parseCommand, UsageError, USAGE } from "./cli-args.ts";
import { cliActor } from "./cli-audit.ts";
import { createPrompt } from "./terminal-prompt.ts";

// `pnpm accounts …`: the same store (DATA_DIR), rules and audit trail as the running server.

/** Exit codes: 0 done, 1 refused or failed, 2 the command was mistyped. */
const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

function describe(error: unknown): string[] {
  if (error instanceof AppError) {
    return error.errors?.length ? error.errors.map((e) => `${e.field}: ${e.message}`) : [error.message];
  }
  if (error instanceof z.ZodError) return error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`);
  if (error instanceof ConfigError) return [error.message];
  return [`Unexpected error: ${error instanceof Error ? error.message : String(error)}`];
}

async function main(args: string[]): Promise<number> {
  let command;
  try {
    command = parseCommand(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`accounts: ${error.message}\nSee: pnpm accounts help`);
    return EXIT.usage;
  }
  if (command.name === "help") {
    console.log(USAGE);
    return EXIT.ok;
  }

  let db: Db | undefined;
  const prompt = createPrompt();
  try {
    // pnpm runs the package script inside apps/bff; INIT_CWD is where the outer command ran (the workspace
    // root for `pnpm accounts`, where `pnpm start` runs the server), so a relative DATA_DIR and .env name
    // the server's store, not a second one.
    const invokedFrom = process.env["INIT_CWD"];
    if (process.env["npm_lifecycle_event"] === "accounts" && invokedFrom) process.chdir(invokedFrom);
    loadDotEnv();
    db = await openDatabase(readConfig().database);
    const service = createAccountsService({ db });
    await runCommand(command, { service, audit: createAuditStore(db), prompt, actor: cliActor(), print: (line) => console.log(line) });
    return EXIT.ok;
  } catch (error) {
    for (const line of describe(error)) console.error(`accounts: ${line}`);
    return EXIT.refused;
  } finally {
    prompt.close();
    await db?.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
