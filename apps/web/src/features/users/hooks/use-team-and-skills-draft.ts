import type { EditableUserValues, User } from "@switchboard/contracts";
import { useState } from "react";
import { draftsMatch, draftsOf, type SkillDraft } from "../utils/skill-drafts";

type Seen = Pick<EditableUserValues, "team" | "skills">;

/**
 * The team and skills as being edited, and what the editor saw before editing (`seen`): the values a
 * save sends as `expected`, so the BFF can tell a change someone else made meanwhile. While nothing is
 * edited the draft follows the user as the page refetches it; once something is, it holds still.
 */
export function useTeamAndSkillsDraft(user: User, editable: { team: boolean; skills: boolean }) {
  const [seen, setSeen] = useState<Seen>(() => ({ team: user.team, skills: user.skills }));
  const [team, setTeam] = useState(user.team ?? "");
  const [skills, setSkills] = useState<SkillDraft[]>(() => draftsOf(user.skills));
  const [followed, setFollowed] = useState(user);

  const teamChanged = editable.team && team !== (seen.team ?? "");
  const skillsChanged = editable.skills && !draftsMatch(skills, seen.skills);
  const dirty = teamChanged || skillsChanged;

  function startFrom(values: Seen) {
    setSeen({ team: values.team, skills: values.skills });
    setTeam(values.team ?? "");
    setSkills(draftsOf(values.skills));
  }

  // Adjusting state to a new prop during render (react.dev, "You Might Not Need an Effect").
  if (followed !== user) {
    setFollowed(user);
    if (!dirty) startFrom(user);
  }

  return { seen, team, setTeam, skills, setSkills, teamChanged, skillsChanged, dirty, startFrom };
}
