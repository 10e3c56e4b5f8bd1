/**
 * How the users list's search box matches, shared by the SPA (which filters the list it holds) and
 * the BFF (which exports "the list's current filter"), so that both find the same users.
 */

/** Lower case, accents dropped ("José" is found by "jose"), runs of spaces made one. */
export function foldText(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Something typed like a phone number: digits with the usual punctuation, e.g. "(650) 555-55". */
const PHONE_LIKE = /^[\d\s()+.\-/]+$/;

/** The digits to look for in direct numbers: those of folded search text typed like a phone number, else "". */
export function phoneDigitsOfSearch(folded: string): string {
  return PHONE_LIKE.test(folded) ? folded.replace(/\D/g, "") : "";
}
