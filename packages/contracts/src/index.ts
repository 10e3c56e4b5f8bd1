export * from "./problem.ts";
export * from "./permissions.ts";
export * from "./session.ts";
export * from "./directory.ts";
export * from "./health.ts";
export * from "./audit.ts";
export * from "./accounts.ts";
