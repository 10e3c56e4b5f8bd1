import type { User } from "@switchboard/contracts";
import type { ReactNode } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { DIRECT_NUMBER_LABEL, didHref, extensionHref, formatDid, formatPhoneNumber } from "@/lib/phone-number";
import { Detail, DetailsList, NotReported, Section } from "./details-list";
import { OnOff } from "./devices-panel";

const linkClass = "font-medium text-brand-700 underline-offset-2 hover:underline";

function Text({ value }: { value: string | null }) {
  return value ? <>{value}</> : <NotReported />;
}

/** A value with its copy button beside it. */
function Copyable({ what, value, shown = value, children }: { what: string; value: string; shown?: string; children: ReactNode }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      {children}
      <CopyButton what={what} value={value} shown={shown} />
    </span>
  );
}

function PhoneNumber({ what, value }: { what: string; value: string | null }) {
  if (!value) return <NotReported />;
  const shown = formatPhoneNumber(value);
  return (
    <Copyable what={what} value={value} shown={shown}>
      <span className="whitespace-nowrap tabular-nums">{shown}</span>
    </Copyable>
  );
}

/**
 * Who the user is in the contact center: login, team, numbers, roles and skills. The roles, team and
 * skills are left out where the page edits them in a section of their own (`editedElsewhere`); `fixedNote`
 * tells an editor why the rest is read-only. `platformFields` (the capabilities' `creatableUserFields`)
 * leaves out the rows a platform has no such field for (no team or extension on Genesys), rather than
 * saying "not reported" forever; undefined, every row.
 */
export function UserProfile({
  user,
  editedElsewhere = [],
  fixedNote,
  platformFields,
}: {
  user: User;
  editedElsewhere?: ReadonlyArray<"roles" | "team" | "skills">;
  fixedNote?: string | undefined;
  platformFields?: readonly string[] | undefined;
}) {
  const has = (field: keyof User) => platformFields === undefined || platformFields.includes(field) || user[field] !== null;
  const skills = Object.entries(user.skills).sort(([a], [b]) => a.localeCompare(b));
  return (
    <Section title="Profile">
      {fixedNote && <p className="mt-1 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">{fixedNote}</p>}
      <DetailsList>
        <Detail term="Login">
          <Copyable what="login" value={user.loginId}>
            <span className="font-mono">{user.loginId}</span>
          </Copyable>
        </Detail>
        {!editedElsewhere.includes("team") && has("team") && (
          <Detail term="Team">
            <Text value={user.team} />
          </Detail>
        )}
        {has("extension") && (
          <Detail term="Extension">
            {user.extension ? (
              <Copyable what="extension" value={user.extension}>
                <a href={extensionHref(user.extension)} className={`${linkClass} tabular-nums`}>
                  {user.extension}
                </a>
              </Copyable>
            ) : (
              <NotReported />
            )}
          </Detail>
        )}
        <Detail term={DIRECT_NUMBER_LABEL}>
          {user.did ? (
            <Copyable what="phone number" value={user.did} shown={formatDid(user.did)}>
              <a href={didHref(user.did)} className={`${linkClass} whitespace-nowrap tabular-nums`}>
                {formatDid(user.did)}
              </a>
            </Copyable>
          ) : (
            <NotReported />
          )}
        </Detail>
        <Detail term="Email">
          {user.email ? (
            <a href={`mailto:${user.email}`} className={linkClass}>
              {user.email}
            </a>
          ) : (
            <NotReported />
          )}
        </Detail>
        {has("workPhone") && (
          <Detail term="Work phone">
            <PhoneNumber what="work phone" value={user.workPhone} />
          </Detail>
        )}
        {has("mobilePhone") && (
          <Detail term="Mobile phone">
            <PhoneNumber what="mobile phone" value={user.mobilePhone} />
          </Detail>
        )}
        {user.doNotDisturb !== undefined && (
          <Detail term="Do not disturb">
            <OnOff value={user.doNotDisturb} on="On" off="Off" />
          </Detail>
        )}
        {!editedElsewhere.includes("roles") && (
          <Detail term="Roles">{user.roles.length > 0 ? user.roles.join(", ") : <span className="text-slate-700">None</span>}</Detail>
        )}
        {!editedElsewhere.includes("skills") && (
          <Detail term="Skills">
            {skills.length > 0 ? (
              <ul className="flex flex-wrap gap-x-4 gap-y-1">
                {skills.map(([name, level]) => (
                  <li key={name}>
                    {name} <span className="text-slate-700 tabular-nums">{level}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <span className="text-slate-700">None</span>
            )}
          </Detail>
        )}
      </DetailsList>
    </Section>
  );
}
