/** The one name of a DID on every page, headers included: people outside telephony do not say "DID". */
export const DIRECT_NUMBER_LABEL = "Direct number";

/** Digits only: what a tel: link and a DID comparison care about. */
export function digitsOf(value: string): string {
  return value.replace(/\D/g, "");
}

/** Area code, exchange, line: how North America reads its ten digits. */
const GROUPS = /^(\d{3})(\d{3})(\d{4})$/;
/** Without a country code, grouped only when shaped like one (area code and exchange start 2–9). */
const NORTH_AMERICAN_SHAPE = /^[2-9]\d{2}[2-9]\d{6}$/;
/** What a typed number may hold besides digits; anything else (letters, "ext.") is shown as typed. */
const PHONE_PUNCTUATION = /^\+?[\d\s().-]+$/;

function grouped(tenDigits: string): string | null {
  const groups = GROUPS.exec(tenDigits);
  return groups ? `${groups[1]}-${groups[2]}-${groups[3]}` : null;
}

/**
 * Every phone number on every page, one way. With a country code ("+" written): North American
 * numbers as "+1 415-900-6817", others as "+" and their digits. Ten digits without one, as the
 * platform's own examples store work phones ("4159006817"): grouped the North American way,
 * "415-900-6817", without claiming a country the value does not state. Anything else as typed.
 */
export function formatPhoneNumber(value: string): string {
  const typed = value.trim();
  if (!PHONE_PUNCTUATION.test(typed)) return typed;
  const digits = digitsOf(typed);
  if (typed.startsWith("+")) {
    const northAmerican = digits.startsWith("1") ? grouped(digits.slice(1)) : null;
    return northAmerican ? `+1 ${northAmerican}` : `+${digits}`;
  }
  return (NORTH_AMERICAN_SHAPE.test(digits) && grouped(digits)) || typed;
}

/** A DID as people read it. The platform stores E.164 digits without the "+" (e.g. 16505555555). */
export function formatDid(did: string): string {
  const digits = digitsOf(did);
  return digits ? formatPhoneNumber(`+${digits}`) : did;
}

export function didHref(did: string): string {
  return `tel:+${digitsOf(did)}`;
}

/** An extension is dialled as is, inside the contact center's own numbering plan. */
export function extensionHref(extension: string): string {
  return `tel:${encodeURIComponent(extension.trim())}`;
}

/** Any number as the platform gives it ("+14155550123", "5551234"), dialled as written: its "+" and digits. */
export function phoneHref(value: string): string {
  const typed = value.trim();
  return PHONE_PUNCTUATION.test(typed) ? `tel:${typed.startsWith("+") ? "+" : ""}${digitsOf(typed)}` : `tel:${encodeURIComponent(typed)}`;
}
