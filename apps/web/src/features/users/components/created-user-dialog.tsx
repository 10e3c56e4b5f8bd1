import { Dialog } from "@/components/ui/dialog";
import { TemporaryPasswordResult } from "./temporary-password-result";

/** The one time a generated first password is shown; Done opens the new user's page. */
export function CreatedUserDialog({ displayName, password, onDone }: { displayName: string; password: string; onDone: () => void }) {
  return (
    <Dialog title={`Created ${displayName}`} onClose={onDone}>
      <TemporaryPasswordResult password={password} displayName={displayName} onDone={onDone} />
    </Dialog>
  );
}
