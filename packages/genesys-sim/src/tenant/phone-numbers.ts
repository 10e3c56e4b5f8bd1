import { UNITED_KINGDOM, UNITED_STATES, US_AREA_CODES } from "./catalog.ts";
import type { Country } from "./types.ts";

/** UK numbers Ofcom keeps for drama and examples: each prefix leaves 1,000 lines (0–999). */
const UK_PREFIXES: readonly string[] = ["2079460", "1134960", "1144960", "1154960", "1164960", "1174960", "1184960", "1214960", "1314960", "1414960", "1514960", "1614960", "1914980"];
const UK_CAPACITY = UK_PREFIXES.length * 1_000;
const US_CAPACITY = US_AREA_CODES.length * 10_000;

export interface PhoneNumber {
  phoneNumber: string;
  e164Number: string;
  localNumber: string;
  country: Country;
}

/**
 * Hands out unique fictional numbers in order: US `+1 <area> 555 xxxx` and UK drama numbers.
 * Deterministic, so the same seed gives the same numbers; a full UK range falls back to the US.
 */
export class PhoneNumbers {
  private nextUs = 0;
  private nextUk = 0;

  take(country: "US" | "GB"): PhoneNumber {
    if (country === "GB" && this.nextUk < UK_CAPACITY) {
      const index = this.nextUk++;
      const national = `${UK_PREFIXES[Math.floor(index / 1_000)]}${String(index % 1_000).padStart(3, "0")}`;
      return { phoneNumber: `+44${national}`, e164Number: `+44${national}`, localNumber: `0${national}`, country: { ...UNITED_KINGDOM } };
    }
    if (this.nextUs >= US_CAPACITY) throw new RangeError("out of fictional phone numbers");
    const index = this.nextUs++;
    const local = `${US_AREA_CODES[Math.floor(index / 10_000)]}555${String(index % 10_000).padStart(4, "0")}`;
    return { phoneNumber: `+1${local}`, e164Number: `+1${local}`, localNumber: local, country: { ...UNITED_STATES } };
  }
}
