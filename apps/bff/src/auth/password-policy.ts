import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordLength,
  TEMPORARY_PASSWORD_MIN_LENGTH,
  temporaryPasswordProblem,
  type FieldError,
} from "@switchboard/contracts";
import { dictionary } from "@zxcvbn-ts/language-common";

export const PASSWORD_MIN = PASSWORD_MIN_LENGTH;
export const PASSWORD_MAX = PASSWORD_MAX_LENGTH;

/**
 * zxcvbn's list of the ~49,000 most common passwords seen in breaches (lower case, by frequency), kept
 * in a maintained package rather than copied here. Loaded once, into a Set: a lookup is O(1).
 */
const COMMON = new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));

/** Digits, punctuation and spaces around a word: what people add to a common password to pass a length rule. */
const PADDING = /^[\p{N}\p{P}\p{S}\s]+|[\p{N}\p{P}\p{S}\s]+$/gu;

/** Names an attacker tries first against this service (NIST SP 800-63B: context-specific words). */
const SERVICE_WORDS = ["switchboard"];

/** Shorter known words are no better known than any few characters, so they are not held against a password. */
const KNOWN_WORD_MIN = 4;

/** Fewer distinct characters than this is a repetition ("aaaaaaaaaaaa", "abababababab"), not a password. */
const MIN_DISTINCT = 5;

export interface PasswordContext {
  /** The field the error names: `password` for the API, an environment variable's name at start. */
  field?: string;
  /** The account the password is for: a password built on its name is refused. */
  username?: string;
}

const fold = (password: string) => password.normalize("NFKC").toLowerCase();

/** Whether a known word is all there is to a (folded) password: fewer than `minLength` characters beside it. */
function tooLittleBeside(folded: string, known: string, minLength: number): boolean {
  return passwordLength(known) >= KNOWN_WORD_MIN && passwordLength(folded.replaceAll(known, "")) < minLength;
}

/** Why this password is one attackers try first (a common one, bare or padded), or undefined. */
function commonPasswordProblem(password: string, minLength: number): string | undefined {
  const folded = fold(password);
  if (COMMON.has(folded)) return "This is one of the most common passwords; choose another.";
  const core = folded.replace(PADDING, "");
  if (COMMON.has(core) && tooLittleBeside(folded, core, minLength)) {
    return "This is one of the most common passwords with a few characters added; choose another.";
  }
  return undefined;
}

/**
 * NIST SP 800-63B / OWASP: a length range, no composition rules, and a refusal of what attackers try
 * first. A word they know (a common password, the account's or the service's name) counts for nothing:
 * what remains around it must still have the minimum length. Undefined when acceptable.
 */
export function checkPassword(password: string, context: PasswordContext = {}): FieldError | undefined {
  const field = context.field ?? "password";
  const refuse = (message: string): FieldError => ({ field, message });
  const length = passwordLength(password);
  if (length < PASSWORD_MIN) return refuse(`Use at least ${PASSWORD_MIN} characters.`);
  if (length > PASSWORD_MAX) return refuse(`Use at most ${PASSWORD_MAX} characters.`);

  const common = commonPasswordProblem(password, PASSWORD_MIN);
  if (common) return refuse(common);
  const folded = fold(password);
  const builtOn = (known: string) => tooLittleBeside(folded, known, PASSWORD_MIN);
  if (context.username && builtOn(context.username.toLowerCase())) {
    return refuse("This is built on the account's name; choose a password that is not.");
  }
  if (SERVICE_WORDS.some(builtOn)) return refuse("This is built on the name of this service; choose another.");
  if (new Set(folded).size < MIN_DISTINCT) return refuse("This repeats a few characters; choose a less predictable password.");
  return undefined;
}

/**
 * A typed temporary password for a contact-center user: the platform's default policy (the contract's
 * rules, which the SPA checks too), then the refusal of common passwords a dashboard account gets, its
 * padding counted against the temporary minimum. Only the BFF holds the list, so only it refuses these
 * (docs/decisions/006). Generated passwords never come here.
 */
export function checkTemporaryPassword(password: string, loginId: string): FieldError | undefined {
  const problem = temporaryPasswordProblem(password, loginId) ?? commonPasswordProblem(password, TEMPORARY_PASSWORD_MIN_LENGTH);
  return problem ? { field: "password", message: problem } : undefined;
}
