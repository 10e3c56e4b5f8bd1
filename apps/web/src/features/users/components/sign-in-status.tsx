import type { User } from "@switchboard/contracts";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { displayNameOf } from "@/lib/display-name";
import { AccountEnabledButton } from "./account-enabled-button";
import { Detail, DetailsList, Section } from "./details-list";
import { ResetPasswordButton } from "./reset-password-button";

/**
 * The three things that stop a sign-in, each with its state in a word and, where this role may, the
 * way out. `lock` comes from the locks feature (absent when the platform has no lock states).
 */
export function SignInStatus({
  user,
  lock,
  canResetPassword,
  canSetEnabled = false,
}: {
  user: User;
  lock?: ReactNode;
  canResetPassword: boolean;
  /** Enable or disable the account (supervisor and up). */
  canSetEnabled?: boolean;
}) {
  return (
    <Section title="Sign-in">
      <DetailsList>
        {lock && <Detail term="Lock">{lock}</Detail>}
        <Detail term="Account">
          <span className="flex flex-wrap items-start gap-x-4 gap-y-2">
            {user.disabled ? (
              <span className="flex flex-col gap-1">
                <span>
                  <Badge tone="warning">Disabled</Badge>
                </span>
                <span className="text-slate-700">A disabled account cannot sign in until it is enabled again.</span>
              </span>
            ) : (
              <Badge tone="success">Enabled</Badge>
            )}
            {canSetEnabled && <AccountEnabledButton user={user} />}
          </span>
        </Detail>
        <Detail term="Password">
          <span className="flex flex-wrap items-start gap-x-4 gap-y-2">
            {user.changePassword ? (
              <span className="flex flex-col gap-1">
                <span>
                  <Badge tone="warning">Must change password</Badge>
                </span>
                <span className="text-slate-700">A new password is chosen at the next sign-in.</span>
              </span>
            ) : (
              <span className="text-slate-700">No change pending</span>
            )}
            {canResetPassword && <ResetPasswordButton loginId={user.loginId} displayName={displayNameOf(user)} />}
          </span>
        </Detail>
      </DetailsList>
    </Section>
  );
}
