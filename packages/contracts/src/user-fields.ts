import { z } from "zod";

/**
 * The rules of a contact-center user's attributes, checked by the SPA as a person types and by the BFF
 * before it calls the platform. They are Switchboard's own bounds (BPCC documents types, not limits):
 * wide enough for any real tenant, narrow enough that nothing odd reaches the platform, a log line or
 * the audit trail. The platform still has the final word (a team or skill it does not know).
 */

const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;
const printable = (value: string) => !CONTROL_CHARACTER.test(value);

export const SKILL_LEVEL_MIN = 0;
export const SKILL_LEVEL_MAX = 100;
export const MAX_SKILLS = 100;
const LEVEL_RULE = `Use a whole number from ${SKILL_LEVEL_MIN} to ${SKILL_LEVEL_MAX}.`;

/** A skill's level, a percentage. */
export const SkillLevelSchema = z.lazy(() =>
  z
    .number({ error: LEVEL_RULE })
    .int(LEVEL_RULE)
    .min(SKILL_LEVEL_MIN, LEVEL_RULE)
    .max(SKILL_LEVEL_MAX, LEVEL_RULE)
);

export const SkillNameSchema = z.lazy(() =>
  z
    .string({ error: "Enter a skill." })
    .min(1, "Enter a skill.")
    .max(64, "Use at most 64 characters.")
    .refine((name) => name.trim() === name, "Do not start or end a skill with a space.")
    .refine(printable, "Use only characters that can be typed.")
);

/** Skill name → level: always the whole set (BPCC replaces the set on every update). */
export const SkillsSchema = z.lazy(() =>
  z
    .record(z.string(), SkillLevelSchema, { error: "Send the skills as an object of name → level." })
    .superRefine((skills, ctx) => {
      const names = Object.keys(skills);
      if (names.length > MAX_SKILLS) ctx.addIssue({ code: "custom", path: [], message: `Give at most ${MAX_SKILLS} skills.` });
      // A name's problem is reported at the name, like a level's, so a form can put it on the right row.
      for (const name of names) {
        const problem = SkillNameSchema.safeParse(name).error?.issues[0];
        if (problem) ctx.addIssue({ code: "custom", path: [name], message: problem.message });
      }
    })
);
export type Skills = z.infer<typeof SkillsSchema>;

export const TeamNameSchema = z.lazy(() =>
  z
    .string({ error: "Choose a team." })
    .trim()
    .min(1, "Choose a team.")
    .max(128, "Use at most 128 characters.")
    .refine(printable, "Use only characters that can be typed.")
);

const RoleNameSchema = z.lazy(() =>
  z
    .string({ error: "Enter a role." })
    .trim()
    .min(1, "Enter a role.")
    .max(64, "Use at most 64 characters.")
    .refine(printable, "Use only characters that can be typed.")
);

export const RoleNamesSchema = z.lazy(() =>
  z
    .array(RoleNameSchema, { error: "Send the roles as a list." })
    .max(20, "Give at most 20 roles.")
    .refine((roles) => new Set(roles).size === roles.length, "Give each role once.")
);

/**
 * A new user's login. Letters of any script, digits and the marks logins and e-mail addresses use;
 * no spaces or slashes, which would only make the user harder to address.
 */
export const NewLoginIdSchema = z.lazy(() =>
  z
    .string({ error: "Enter a login." })
    .trim()
    .min(1, "Enter a login.")
    .max(64, "Use at most 64 characters.")
    .regex(/^[\p{L}\p{N}._@'+-]+$/u, "Use letters, digits and . _ - @ ' + only, without spaces.")
    .refine((login) => login !== "." && login !== "..", "Use at least one letter or digit.")
);

export const personNameSchema = (what: string) =>
  z
    .string({ error: `Enter ${what}.` })
    .trim()
    .min(1, `Enter ${what}.`)
    .max(128, "Use at most 128 characters.")
    .refine(printable, "Use only characters that can be typed.");

/** Digits only, as BPCC documents it (a number); left out, the platform assigns the next free one. */
export const ExtensionSchema = z.lazy(() =>
  z
    .string({ error: "Enter the extension as digits." })
    .trim()
    .regex(/^\d{2,8}$/, "Use 2 to 8 digits, or leave it empty to have one assigned.")
);

export const PhoneNumberSchema = z.lazy(() =>
  z
    .string({ error: "Enter the number as text." })
    .trim()
    .min(3, "Enter the whole number.")
    .max(32, "Use at most 32 characters.")
    .regex(/^\+?[0-9][0-9 ().-]*$/, "Use digits, with + ( ) - . or spaces if you like.")
);

export const EmailSchema = z.lazy(() =>
  z
    .string({ error: "Enter an email address." })
    .trim()
    .max(254, "Use at most 254 characters.")
    .pipe(z.email("Enter an email address such as name@example.com."))
);
