/** The profile's fields a platform may or may not let change after creation, in the words the page uses. */
const PROFILE_FIELDS: ReadonlyArray<{ fields: readonly string[]; words: string }> = [
  { fields: ["firstName", "lastName"], words: "name" },
  { fields: ["extension"], words: "extension" },
  { fields: ["email"], words: "email" },
  { fields: ["workPhone", "mobilePhone"], words: "phone numbers" },
  { fields: ["roles"], words: "roles" },
];

/** "Name, roles and skills": words as a list, capitalized. */
export function sentence(words: readonly string[]): string {
  const list = words.length < 2 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
  return list.charAt(0).toUpperCase() + list.slice(1);
}

/**
 * "Name, extension, email, phone numbers and roles can’t be changed …": the profile fields the
 * platform accepts only at creation (its capabilities' `editableUserFields` lacks them), so an editor
 * sees them as read-only on purpose rather than as a form that would silently fail.
 */
export function fixedFieldsNote(editableUserFields: readonly string[], editsRoles = true): string | undefined {
  const fixed = PROFILE_FIELDS.filter(({ fields }) => fields.some((field) => !editableUserFields.includes(field))).map(({ words }) => words);
  const rolesByAdmin = !editsRoles && editableUserFields.includes("roles") ? " Roles can be changed by an admin." : "";
  if (fixed.length === 0) return rolesByAdmin.trim() || undefined;
  return `${sentence(fixed)} can’t be changed here: the contact center accepts them only when a user is created.${rolesByAdmin}`;
}
