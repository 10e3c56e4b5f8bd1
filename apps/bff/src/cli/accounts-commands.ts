import { CreateAccountRequestSchema, NewPasswordSchema, type Account } from "@switchboard/contracts";
import type { AuditStore } from "../audit/audit-store.ts";
import { AppError } from "../errors/app-error.ts";
import { accountProblems } from "../features/accounts/account-problems.ts";
import type { AccountsService } from "../features/accounts/accounts-service.ts";
import type { Command } from "./cli-args.ts";
import { runAudited } from "./cli-audit.ts";
import type { Prompt } from "./terminal-prompt.ts";

export interface CommandDeps {
  service: AccountsService;
  audit: AuditStore;
  prompt: Prompt;
  actor: string;
  print: (line: string) => void;
}

/** A refusal the CLI reports as it is (exit code 1), e.g. passwords that differ. */
function refused(message: string, field?: string): AppError {
  return AppError.invalid(field ? [{ field, message }] : [], message);
}

async function askNewPassword(prompt: Prompt, username: string): Promise<string> {
  const first = await prompt.ask(`New password for "${username}": `, { hidden: true });
  const second = first === undefined ? undefined : await prompt.ask("Repeat the password: ", { hidden: true });
  if (first === undefined || second === undefined) {
    throw refused("No password given: type it twice, or pipe it in as two lines (the password, then the same again).");
  }
  if (first !== second) throw refused("The two passwords differ; nothing was changed.", "password");
  return first;
}

function formatTable(accounts: Account[]): string[] {
  const rows = [["NAME", "ROLE", "DISABLED", "CREATED"], ...accounts.map((a) => [a.username, a.role, a.disabled ? "yes" : "no", a.createdAt])];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd());
}

/** Runs one parsed command; every change goes through the same service, rules and audit as the API. */
export async function runCommand(command: Exclude<Command, { name: "help" }>, deps: CommandDeps): Promise<void> {
  const { service, audit, prompt, actor, print } = deps;
  const label = (action: string, target: string, status: number) => ({ actor, action, target, status });

  switch (command.name) {
    case "list": {
      const accounts = await service.list();
      if (command.json) print(JSON.stringify({ accounts }, null, 2));
      else if (accounts.length === 0) print("No accounts yet. Add one: pnpm accounts add <name> --role admin");
      else formatTable(accounts).forEach((line) => print(line));
      return;
    }
    case "add": {
      // Checked before the password is asked for, and again (atomically) by the service.
      if (await service.find(command.username)) throw accountProblems.exists(command.username);
      const password = await askNewPassword(prompt, command.username);
      const input = CreateAccountRequestSchema.parse({ username: command.username, password, role: command.role });
      await runAudited(audit, label("account.create", command.username, 201), () => service.create(undefined, input));
      print(`Created account "${command.username}" with role ${command.role}.`);
      return;
    }
    case "set-role": {
      const role = command.role;
      await runAudited(audit, label("account.update", command.username, 200), () => service.update(undefined, command.username, { role }));
      print(`"${command.username}" now has role ${command.role}, from its next request on.`);
      return;
    }
    case "disable":
    case "enable": {
      const disabled = command.name === "disable";
      await runAudited(audit, label("account.update", command.username, 200), () => service.update(undefined, command.username, { disabled }));
      print(disabled ? `Disabled "${command.username}" and ended its sessions.` : `Enabled "${command.username}".`);
      return;
    }
    case "reset-password": {
      if (!(await service.find(command.username))) throw accountProblems.notFound(command.username);
      const password = NewPasswordSchema.parse(await askNewPassword(prompt, command.username));
      await runAudited(audit, label("account.update", command.username, 200), () => service.update(undefined, command.username, { password }));
      print(`Set a new password for "${command.username}" and ended its sessions.`);
      return;
    }
    case "remove": {
      if (!command.yes) {
        const answer = await prompt.ask(`Remove account "${command.username}"? This cannot be undone. [y/N] `);
        if (!/^y(es)?$/i.test(answer?.trim() ?? "")) throw refused(`Not removed: answer "y" to confirm, or pass --yes.`);
      }
      await runAudited(audit, label("account.remove", command.username, 204), () => service.remove(undefined, command.username));
      print(`Removed account "${command.username}" and ended its sessions.`);
      return;
    }
  }
}
