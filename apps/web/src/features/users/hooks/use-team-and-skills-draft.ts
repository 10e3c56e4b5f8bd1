import { sameFieldValue, type EditableUserValues, type User } from "@switchboard/contracts";
import { useState } from "react";
import { draftsMatch, draftsOf, type SkillDraft } from "../utils/skill-drafts";

/** What the user page's edit form may change, each where the platform and the role allow it. */
export type EditedFields = { names: boolean; roles: boolean; team: boolean; skills: boolean };

type Seen = Pick<EditableUserValues, "team" | "skills" | "firstName" | "lastName" | "roles">;

function seenOf(values: Seen): Seen {
  return { team: values.team, skills: values.skills, firstName: values.firstName, lastName: values.lastName, roles: values.roles };
}

/**
 * The names, roles, team and skills as being edited, and what the editor saw before editing (`seen`):
 * the values a save sends as `expected`, so the BFF can tell a change someone else made meanwhile.
 * While nothing is edited the draft follows the user as the page refetches it; once something is, it
 * holds still.
 */
export function useTeamAndSkillsDraft(user: User, editable: EditedFields) {
  const [seen, setSeen] = useState<Seen>(() => seenOf(user));
  const [team, setTeam] = useState(user.team ?? "");
  const [skills, setSkills] = useState<SkillDraft[]>(() => draftsOf(user.skills));
  const [firstName, setFirstName] = useState(user.firstName);
  const [lastName, setLastName] = useState(user.lastName);
  const [roles, setRoles] = useState<string[]>(user.roles);
  const [followed, setFollowed] = useState(user);

  const teamChanged = editable.team && team !== (seen.team ?? "");
  const skillsChanged = editable.skills && !draftsMatch(skills, seen.skills);
  const firstNameChanged = editable.names && firstName.trim() !== seen.firstName;
  const lastNameChanged = editable.names && lastName.trim() !== seen.lastName;
  const rolesChanged = editable.roles && !sameFieldValue("roles", roles, seen.roles);
  const dirty = teamChanged || skillsChanged || firstNameChanged || lastNameChanged || rolesChanged;

  function startFrom(values: Seen) {
    setSeen(seenOf(values));
    setTeam(values.team ?? "");
    setSkills(draftsOf(values.skills));
    setFirstName(values.firstName);
    setLastName(values.lastName);
    setRoles(values.roles);
  }

  // Adjusting state to a new prop during render (react.dev, "You Might Not Need an Effect").
  if (followed !== user) {
    setFollowed(user);
    if (!dirty) startFrom(user);
  }

  return {
    seen,
    team,
    setTeam,
    skills,
    setSkills,
    firstName,
    setFirstName,
    lastName,
    setLastName,
    roles,
    setRoles,
    teamChanged,
    skillsChanged,
    firstNameChanged,
    lastNameChanged,
    rolesChanged,
    dirty,
    startFrom,
  };
}
