import type { Random } from "@switchboard/bpcc-sim";

/** 32 lowercase hex characters from a seeded stream, the shape of GWS user and device ids. */
export function makeHexId(random: Random): string {
  let id = "";
  for (let part = 0; part < 4; part++) id += Math.floor(random.next() * 0x1_0000_0000).toString(16).padStart(8, "0");
  return id;
}

/** A version-4-shaped UUID from a seeded stream, the shape of GWS skill ids. */
export function makeUuid(random: Random): string {
  const hex = makeHexId(random);
  const variant = "89ab"[parseInt(hex[16] ?? "0", 16) % 4] ?? "8";
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const HEX_ID = /^[0-9a-f]{32}$/;
