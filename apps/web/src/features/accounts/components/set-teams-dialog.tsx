import { AccountTeamsSchema, type Account } from "@switchboard/contracts";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/text-field";
import { ApiError, getErrorMessage } from "@/lib/errors";
import { useUpdateAccount } from "../api/update-account";
import { parseTeams, TEAMS_HINT } from "../utils/teams";

/** The teams a supervisor, helpdesk or viewer account acts on; empty is every team (decision 023). */
export function SetTeamsDialog({
  account,
  onChanged,
  onClose,
}: {
  account: Account;
  onChanged: (account: Account) => void;
  onClose: () => void;
}) {
  const update = useUpdateAccount();
  const [text, setText] = useState(account.teams?.join(", ") ?? "");
  const [error, setError] = useState<string | undefined>();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const teams = parseTeams(text);
    const parsed = teams === null ? { success: true as const, data: null } : AccountTeamsSchema.safeParse(teams);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    update.mutate(
      { username: account.username, change: { teams: parsed.data } },
      {
        onSuccess: onChanged,
        onError: (failure) => setError(failure instanceof ApiError ? failure.fieldErrors.find((e) => e.field === "teams")?.message : undefined),
      },
    );
  }

  return (
    <Dialog
      title={`Teams of ${account.username}`}
      description="They see and change only users of these teams, from their next click; the directory stays whole."
      onClose={onClose}
      isBusy={update.isPending}
    >
      <form noValidate onSubmit={handleSubmit} className="flex flex-col gap-4">
        {update.isError && !error && (
          <Alert key={update.submittedAt} title="Could not change the teams">
            {getErrorMessage(update.error)}
          </Alert>
        )}
        <TextField
          data-autofocus
          label="Teams"
          name="teams"
          hint={TEAMS_HINT}
          autoComplete="off"
          value={text}
          onChange={(event) => setText(event.target.value)}
          error={error}
        />
        <DialogActions>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" isPending={update.isPending}>
            Save teams
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
