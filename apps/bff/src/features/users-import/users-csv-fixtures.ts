import type { UserCsvSource } from "./users-csv-columns.ts";

/** A user as the import tests find them in the tenant. */
export const ERIC: UserCsvSource = {
  loginId: "eric.chen",
  firstName: "Eric",
  lastName: "Chen",
  team: "Sales",
  extension: "1001",
  email: "eric.chen@example.com",
  workPhone: null,
  mobilePhone: null,
  disabled: false,
  changePassword: false,
  roles: ["Agent"],
  skills: { English: 90, Spanish: 50 },
};
