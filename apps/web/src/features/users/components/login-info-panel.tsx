import type { LoginInfo } from "@switchboard/contracts";
import { formatMoment } from "../utils/format-moment";
import { Detail, DetailsList, NotReported, Section } from "./details-list";

function Value({ text }: { text: string | null }) {
  return text ? <>{text}</> : <NotReported />;
}

function signedInNow(signedIn: boolean | null): string | null {
  if (signedIn === null) return null;
  return signedIn ? "Yes" : "No";
}

/** Where and when the user last signed in, as the platform reports it (helpdesk and up only). */
export function LoginInfoPanel({ loginInfo }: { loginInfo: LoginInfo | null }) {
  if (!loginInfo) {
    return (
      <Section title="Recent sign-in">
        <p className="py-3 text-sm text-slate-700">The contact center reports no sign-in for this user.</p>
      </Section>
    );
  }
  const { signedIn, ...details } = loginInfo;
  if (Object.values(details).every((value) => value === null)) {
    // Someone who never signed in (a fifth of a fresh tenant): one line, not a column of dashes.
    return (
      <Section title="Recent sign-in">
        <p className="py-3 text-sm text-slate-700">
          {signedIn ? "Signed in now." : "Not signed in."} The contact center reports no earlier sign-in.
        </p>
      </Section>
    );
  }
  const application = [loginInfo.application, loginInfo.applicationVersion].filter(Boolean).join(" ") || null;
  return (
    <Section title="Recent sign-in">
      <DetailsList>
        <Detail term="Signed in now">
          <Value text={signedInNow(loginInfo.signedIn)} />
        </Detail>
        <Detail term="Last sign-in">
          <Value text={loginInfo.lastSignIn && formatMoment(loginInfo.lastSignIn)} />
        </Detail>
        <Detail term="Last sign-out">
          <Value text={loginInfo.lastSignOut && formatMoment(loginInfo.lastSignOut)} />
        </Detail>
        <Detail term="IP address">
          <span className="font-mono">
            <Value text={loginInfo.ipAddress} />
          </span>
        </Detail>
        <Detail term="Browser">
          <Value text={loginInfo.browser} />
        </Detail>
        <Detail term="Operating system">
          <Value text={loginInfo.os} />
        </Detail>
        <Detail term="Application">
          <Value text={application} />
        </Detail>
        <Detail term="Phone">
          <Value text={loginInfo.phoneMode} />
        </Detail>
      </DetailsList>
    </Section>
  );
}
