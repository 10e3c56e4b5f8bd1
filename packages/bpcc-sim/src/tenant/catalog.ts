import type { FixedAccessNumber, SecurityPolicy } from "./types.ts";

/**
 * The reference data every seeded tenant holds. The first names in each list are the ones the
 * seed collection's examples refer to, so the collection runs against any tenant unchanged.
 */
export const TEAMS: readonly string[] = [
  // From the collection: Create User, Update User and Get Teams examples.
  "Support Team",
  "Customer Service",
  "Accounting",
  "Administrators",
  "Contact Center Support",
  "CSIM Support",
  "Maintenance Renewal",
  "Management",
  // A realistic rest.
  "Billing",
  "Sales",
  "Retention",
  "Technical Support",
  "Escalations",
  "Onboarding",
  "Night Shift",
  "Spanish Line",
  "Quality Assurance",
  "Workforce Management",
];

/** Teams ordinary agents land in; the others hold only a few people each. */
export const AGENT_TEAMS: readonly string[] = [
  "Support Team",
  "Customer Service",
  "Billing",
  "Sales",
  "Retention",
  "Technical Support",
  "Maintenance Renewal",
  "CSIM Support",
  "Contact Center Support",
  "Night Shift",
  "Spanish Line",
  "Onboarding",
  "Escalations",
];

export const SKILLS: readonly string[] = [
  "Support",
  "Mobile",
  "Cable",
  "English",
  "Spanish",
  "French",
  "German",
  "Mandarin",
  "Vietnamese",
  "Billing",
  "Sales",
  "Retention",
  "Internet",
  "VIP",
  "Chat",
  "Email",
  "Maintenance Renewal",
];

export const ROLES: readonly string[] = [
  "Agent",
  "Supervisor",
  "Administrator",
  "Team Leader",
  "Quality Evaluator",
  "Reporting",
];

export const FIXED_ACCESS_NUMBERS: readonly FixedAccessNumber[] = [
  // The Get Access Numbers example, verbatim.
  { number: "16505555555", media: "voice_text", type: "scenario", scenario: "Main Inbound" },
  { number: "14155550100", media: "voice_text", type: "scenario", scenario: "Queue to agent", textOutService: "Maintenance renewal SMS" },
  { number: "14155550101", media: "voice", type: "scenario", scenario: "After Hours" },
  { number: "14155550102", media: "voice", type: "scenario", scenario: "Survey" },
  { number: "14155550103", media: "text", type: "scenario", scenario: "Mobile Chat" },
  { number: "14155550104", media: "voice_text", type: "scenario", scenario: "My Conversational IVR", extension: "8002", textOutService: "Pacific Chat" },
  { number: "14155550105", media: "voice", type: "scenario", scenario: "Billing IVR", extension: "8003" },
  { number: "14155550106", media: "voice", type: "phone", extension: "8100", displayName: "Lobby phone" },
  { number: "14155550107", media: "voice", type: "unassigned" },
  { number: "14155550108", media: "voice", type: "unassigned" },
];

/** Lockout values follow PCI DSS (6 attempts, 30 minutes); the password rules accept the collection's `$$$999aaa`. */
export const DEFAULT_POLICY: SecurityPolicy = {
  enableLockouts: true,
  maxLoginAttempts: 6,
  resetAttemptCountAfterMinutes: 30,
  lockoutDurationMinutes: 30,
  passwordMinLength: 8,
  passwordRequiresLetter: true,
  passwordRequiresDigit: true,
  passwordMayContainLoginId: false,
};
