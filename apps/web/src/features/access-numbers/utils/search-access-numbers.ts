import type { AccessNumber, AccessNumberAssignment } from "@switchboard/contracts";
import { digitsOf } from "@/lib/phone-number";
import { foldText } from "@/lib/search-directory";

/** A number and what a search compares against, computed once per download. */
export type IndexedAccessNumber = { accessNumber: AccessNumber; text: string; digits: string };

const SEPARATOR = "\u0000";

export function indexAccessNumbers(numbers: readonly AccessNumber[]): IndexedAccessNumber[] {
  return numbers.map((accessNumber) => ({
    accessNumber,
    text: [accessNumber.scenario, accessNumber.name, accessNumber.loginId, accessNumber.extension]
      .map((value) => foldText(value ?? ""))
      .join(SEPARATOR),
    digits: digitsOf(accessNumber.number),
  }));
}

/** Something typed like a phone number: digits with the usual punctuation, e.g. "(650) 555-55". */
const PHONE_LIKE = /^[\d\s()+.\-/]+$/;

/**
 * The numbers of one assignment (all when none), matching what was typed: a scenario, a person's
 * name or login, an extension, or the number itself compared digit by digit ("+1 (650) 555").
 */
export function searchAccessNumbers(
  index: readonly IndexedAccessNumber[],
  { query, assignment }: { query: string; assignment: AccessNumberAssignment | undefined },
): AccessNumber[] {
  const text = foldText(query);
  const digits = PHONE_LIKE.test(text) ? digitsOf(text) : "";
  const matches: AccessNumber[] = [];
  for (const item of index) {
    if (assignment && item.accessNumber.assignment !== assignment) continue;
    if (!text || item.text.includes(text) || (digits && item.digits.includes(digits))) matches.push(item.accessNumber);
  }
  return matches;
}
