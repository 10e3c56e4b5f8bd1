/** Digits only: what a tel: link and a DID comparison care about. */
export function digitsOf(value: string): string {
  return value.replace(/\D/g, "");
}

/**
 * A DID as people read it. The platform stores E.164 digits without the "+" (e.g. 16505555555);
 * North American numbers get their usual grouping, others are shown as "+" and their digits.
 */
export function formatDid(did: string): string {
  const digits = digitsOf(did);
  const nanp = /^1(\d{3})(\d{3})(\d{4})$/.exec(digits);
  if (nanp) return `+1 ${nanp[1]}-${nanp[2]}-${nanp[3]}`;
  return digits ? `+${digits}` : did;
}

export function didHref(did: string): string {
  return `tel:+${digitsOf(did)}`;
}

/** An extension is dialled as is, inside the contact center's own numbering plan. */
export function extensionHref(extension: string): string {
  return `tel:${encodeURIComponent(extension.trim())}`;
}
