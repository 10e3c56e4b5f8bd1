import { randomInt } from "node:crypto";
import { temporaryPasswordProblem } from "@switchboard/contracts";

// Read out over the phone, so nothing that sounds or looks like something else: no I, O, l, 0, 1.
const UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const LOWER = "abcdefghijkmnopqrstuvwxyz";
const DIGITS = "23456789";
const ALPHABET = UPPER + LOWER + DIGITS;
const GROUPS = 3;
const GROUP_LENGTH = 4;

/** Bits of randomness in one password: 12 characters of 57, about 70 bits. */
export const GENERATED_PASSWORD_BITS = GROUPS * GROUP_LENGTH * Math.log2(ALPHABET.length);

function randomGroup(): string {
  let group = "";
  for (let i = 0; i < GROUP_LENGTH; i++) group += ALPHABET.charAt(randomInt(ALPHABET.length));
  return group;
}

const hasEvery = (password: string) => [UPPER, LOWER, DIGITS].every((set) => [...password].some((c) => set.includes(c)));

/**
 * A temporary password such as `Kp7m-X3rt-Qa9z`: groups of four, easy to read out and type, with an
 * upper-case and a lower-case letter, a digit and a hyphen, so that it passes the stricter tenant
 * policies as well as the default one. `crypto.randomInt` draws without modulo bias; a draw that
 * misses a character class or contains the login is drawn again (rare: the loop runs ~1.2 times).
 */
export function generateTemporaryPassword(loginId: string): string {
  for (;;) {
    const password = Array.from({ length: GROUPS }, randomGroup).join("-");
    if (hasEvery(password) && temporaryPasswordProblem(password, loginId) === undefined) return password;
  }
}
