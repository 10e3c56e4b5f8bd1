/** Letters and digits that cannot be mistaken for one another when read out (no 0/O, 1/l/I). */
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const GROUPS = 4;
const GROUP_LENGTH = 5;

/** Uniform random indexes into the alphabet: bytes that would bias the modulo are drawn again. */
function randomIndexes(count: number, fill: (bytes: Uint8Array<ArrayBuffer>) => void): number[] {
  const limit = 256 - (256 % ALPHABET.length);
  const indexes: number[] = [];
  const bytes = new Uint8Array(count * 2);
  while (indexes.length < count) {
    fill(bytes);
    for (const byte of bytes) {
      if (byte < limit && indexes.length < count) indexes.push(byte % ALPHABET.length);
    }
  }
  return indexes;
}

/**
 * A password to hand to a new colleague: 20 random characters (about 117 bits) in four groups of
 * five, easy to read out or type from a note. Well past the BFF's policy (12 characters, nothing
 * common, not built on the name).
 */
export function generatePassword(
  fill: (bytes: Uint8Array<ArrayBuffer>) => void = (bytes) => crypto.getRandomValues(bytes),
): string {
  const characters = randomIndexes(GROUPS * GROUP_LENGTH, fill).map((i) => ALPHABET[i]);
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) groups.push(characters.slice(g * GROUP_LENGTH, (g + 1) * GROUP_LENGTH).join(""));
  return groups.join("-");
}
