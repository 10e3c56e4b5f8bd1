import type { Country } from "./types.ts";

/** The e-mail domain of seeded user names (reserved for examples, so no mail can ever leave). */
export const USER_DOMAIN = "example.com";

/** The tenant's skill catalogue: names a contact center uses, in the order GET /skills answers them. */
export const SKILL_NAMES: readonly { name: string; description?: string }[] = [
  { name: "English", description: "Handles calls in English" },
  { name: "Spanish", description: "Handles calls in Spanish" },
  { name: "French", description: "Handles calls in French" },
  { name: "German" },
  { name: "Billing", description: "Invoices, refunds and payment plans" },
  { name: "Sales" },
  { name: "Technical Support", description: "First-line troubleshooting" },
  { name: "Retention" },
  { name: "Mobile" },
  { name: "Cable" },
  { name: "VIP", description: "Premium customers" },
  { name: "Chat" },
  { name: "Email" },
  { name: "Escalations" },
];

export const UNITED_STATES: Country = { name: "United States", code: "US", callingCode: "1" };
export const UNITED_KINGDOM: Country = { name: "United Kingdom", code: "GB", callingCode: "44" };

/** US numbers: 555 exchanges under these area codes, 10,000 lines each, allocated in order. */
export const US_AREA_CODES: readonly string[] = ["650", "415", "408", "510", "925", "707", "831", "209", "559", "916"];

export const DEVICE_MODELS: readonly { type: string; vendor: string; model: string }[] = [
  { type: "Softphone", vendor: "Genesys", model: "Genesys Softphone" },
  { type: "Softphone", vendor: "Genesys", model: "Workspace Web Edition" },
  { type: "Hardphone", vendor: "Polycom", model: "VVX 411" },
  { type: "Hardphone", vendor: "Yealink", model: "T46S" },
];

export const DEVICE_CAPABILITIES: readonly string[] = ["ForwardCallsOn", "ForwardCallsOff", "DoNotDisturbOn", "DoNotDisturbOff"];

export const USER_STATES = [
  { id: "ready", displayName: "Ready", state: "Ready" },
  { id: "not-ready", displayName: "Not Ready", state: "NotReady" },
  { id: "logged-out", displayName: "Logged Out", state: "LoggedOut" },
] as const;
