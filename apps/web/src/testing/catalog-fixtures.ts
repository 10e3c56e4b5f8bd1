import { AccessNumberSchema, TeamListSchema, type AccessNumber, type TeamList } from "@switchboard/contracts";

/** Teams and access numbers, through the real contracts like every fixture. */
export const TEAMS: TeamList = TeamListSchema.parse({
  teams: [{ name: "Accounting" }, { name: "Customer Service" }, { name: "Support Team" }],
});

export function buildAccessNumber(overrides: Partial<AccessNumber> & Pick<AccessNumber, "number">): AccessNumber {
  return AccessNumberSchema.parse({
    media: "voice",
    assignment: "unassigned",
    scenario: null,
    loginId: null,
    extension: null,
    name: null,
    ...overrides,
  });
}

export const ACCESS_NUMBERS: AccessNumber[] = [
  buildAccessNumber({ number: "14155550104", media: "voice_text", assignment: "scenario", scenario: "My Conversational IVR", extension: "8002" }),
  buildAccessNumber({ number: "14155550106", assignment: "phone", extension: "8100", name: "Lobby phone" }),
  buildAccessNumber({ number: "14155550107" }),
  buildAccessNumber({ number: "14155558091", assignment: "user", loginId: "amanda.davis", extension: "1026", name: "Amanda Davis" }),
  buildAccessNumber({ number: "16505555555", media: "voice_text", assignment: "scenario", scenario: "Main Inbound" }),
];
