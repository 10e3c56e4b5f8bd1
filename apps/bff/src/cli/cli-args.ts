import { parseArgs } from "node:util";
import { AccountNameSchema, AccountRoleSchema, ROLES, type Role } from "@switchboard/contracts";

export type Command =
  | { name: "help" }
  | { name: "list"; json: boolean }
  | { name: "add"; username: string; role: Role }
  | { name: "set-role"; username: string; role: Role }
  | { name: "set-teams"; username: string; teams: string[] | null }
  | { name: "disable" | "enable" | "reset-password"; username: string }
  | { name: "remove"; username: string; yes: boolean };

/** A mistake in how the command was typed: the CLI prints it with the usage and exits with 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export const USAGE = `Manage Switchboard's dashboard accounts (in the store under DATA_DIR, default ./data).

Usage: pnpm accounts <command>

  add <name> --role <role>    create an account; asks for its password twice
  list [--json]               name, role, disabled, created
  set-role <name> <role>      change an account's role
  set-teams <name> "A,B"      scope an account to these teams (comma-separated): it sees and
                              changes only their users; not for admins, nor on Genesys
  set-teams <name> --all      the whole tenant again (no scope)
  disable <name>              block sign-in and end the account's sessions
  enable <name>               allow sign-in again
  reset-password <name>       set a new password; ends the account's sessions
  remove <name> [--yes]       delete an account; asks to confirm unless --yes

Roles: ${ROLES.join(", ")}.
Passwords are read from the terminal without echo, or, when standard input is not a terminal,
as its first two lines (the password, then the same again): printf '%s\\n%s\\n' "$PW" "$PW" | pnpm accounts add ...`;

function roleOf(value: string | undefined): Role {
  if (value === undefined) throw new UsageError(`Give a role: one of ${ROLES.join(", ")}.`);
  const role = AccountRoleSchema.safeParse(value);
  if (!role.success) throw new UsageError(`Unknown role "${value}". Choose one of: ${ROLES.join(", ")}.`);
  return role.data;
}

function teamsOf(value: string | undefined, all: boolean): string[] | null {
  if (all) return null;
  const teams = (value ?? "").split(",").map((team) => team.trim()).filter((team) => team !== "");
  if (teams.length === 0) throw new UsageError('Name the teams, comma-separated ("Sales East,Sales West"), or give --all for the whole tenant.');
  return teams;
}

function nameOf(value: string | undefined, command: string): string {
  if (value === undefined) throw new UsageError(`Give the account's name: pnpm accounts ${command} <name>.`);
  return value;
}

/** Parses `process.argv.slice(2)`; throws UsageError with a message that names the problem. */
export function parseCommand(args: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        role: { type: "string" },
        yes: { type: "boolean", short: "y", default: false },
        json: { type: "boolean", default: false },
        all: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [command, first, second] = positionals;
  if (values.help || command === undefined || command === "help") return { name: "help" };
  const takesNames = (count: number) => {
    if (positionals.length - 1 > count) throw new UsageError(`Too many arguments for "${command}".`);
  };
  // An option given to a command that ignores it is a mistake worth naming, not something to drop silently.
  for (const [option, owner] of [["role", "add"], ["yes", "remove"], ["json", "list"], ["all", "set-teams"]] as const) {
    const given = option === "role" ? values.role !== undefined : values[option];
    if (given && command !== owner) throw new UsageError(`--${option} goes with "${owner}", not "${command}".`);
  }

  switch (command) {
    case "list":
      takesNames(0);
      return { name: "list", json: values.json };
    case "add": {
      takesNames(1);
      const username = nameOf(first, "add <name> --role <role>");
      const name = AccountNameSchema.safeParse(username);
      if (!name.success) throw new UsageError(`Invalid name "${username}": ${name.error.issues[0]?.message ?? "not allowed."}`);
      return { name: "add", username, role: roleOf(values.role) };
    }
    case "set-role":
      takesNames(2);
      return { name: "set-role", username: nameOf(first, "set-role <name> <role>"), role: roleOf(second) };
    case "set-teams":
      takesNames(values.all ? 1 : 2);
      return { name: "set-teams", username: nameOf(first, 'set-teams <name> "Team A,Team B"'), teams: teamsOf(second, values.all) };
    case "disable":
    case "enable":
    case "reset-password":
      takesNames(1);
      return { name: command, username: nameOf(first, command) };
    case "remove":
      takesNames(1);
      return { name: "remove", username: nameOf(first, "remove"), yes: values.yes };
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}
