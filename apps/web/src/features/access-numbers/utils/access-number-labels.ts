import { ACCESS_NUMBER_ASSIGNMENTS, type AccessNumberAssignment } from "@switchboard/contracts";

const ASSIGNMENT_LABELS: Record<AccessNumberAssignment, string> = {
  scenario: "Scenario",
  user: "User",
  phone: "Phone",
  unassigned: "Unassigned",
  other: "Other",
};

export function assignmentLabel(assignment: AccessNumberAssignment): string {
  return ASSIGNMENT_LABELS[assignment];
}

/** The filter's choices, in the order people think of them. */
export const ASSIGNMENTS: readonly AccessNumberAssignment[] = ACCESS_NUMBER_ASSIGNMENTS;

export function parseAssignment(value: string | null): AccessNumberAssignment | undefined {
  return ASSIGNMENTS.find((assignment) => assignment === value);
}

const MEDIA_LABELS: Record<string, string> = {
  voice: "Voice",
  text: "Text",
  voice_text: "Voice and text",
};

/** BPCC's media words ("voice_text") as people say them; an unknown one as written, more readable. */
export function mediaLabel(media: string): string {
  return MEDIA_LABELS[media] ?? media.replace(/_/g, " ");
}
