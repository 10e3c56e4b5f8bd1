import { z } from "zod";

// Building blocks for reading GWS's loosely typed JSON: codes and levels arrive as numbers or as
// strings ("0"), flags as "On"/"Off", and most fields may be left out.

const digits = z.string().trim().regex(/^-?\d+$/).transform(Number);

/** `statusCode`, `totalCount`, a skill's `level`: 0 or "0". */
export const wireInteger = z.union([z.number().int(), digits]);

/** `true` or `"true"` → boolean. */
export const wireBoolean = z.union([z.boolean(), z.stringbool()]);

/** FlagV2 (`doNotDisturb`): "On"/"Off" in any case, or a boolean → boolean. */
export const wireFlag = z.union([
  z.boolean(),
  z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(["on", "off"]))
    .transform((flag) => flag === "on"),
]);

/** An absent or null field reads as undefined, so callers test one thing. */
export const optionalText = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => (value === null || value === undefined ? undefined : String(value)));
export const optionalBoolean = wireBoolean.nullish().transform((value) => value ?? undefined);
export const optionalFlag = wireFlag.nullish().transform((value) => value ?? undefined);
export const optionalInteger = wireInteger.nullish().transform((value) => value ?? undefined);
