/** Letters NFD does not take apart into a base letter plus a mark. */
const FOLDED: Record<string, string> = { "ø": "o", "æ": "ae", "ß": "ss", "ł": "l", "đ": "d", "ı": "i" };

/** `first.last` in plain ASCII, as administrators type logins: "Søren O'Brien" becomes `soren.obrien`. */
export function makeLoginId(firstName: string, lastName: string): string {
  return `${foldName(firstName)}.${foldName(lastName)}`;
}

function foldName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[øæßłđı]/g, (letter) => FOLDED[letter] ?? letter)
    .normalize("NFD")
    .replace(/[^a-z0-9-]/g, "");
}
