import { z } from "zod";

const EnvSchema = z.object({
  VITE_API_BASE_URL: z
    .string()
    .regex(/^\/(?!\/)/, "must be a path on this origin, e.g. /api (the BFF's cookies are same-origin)")
    .default("/api"),
});

function readEnv() {
  const parsed = EnvSchema.safeParse(import.meta.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid build configuration:\n${problems.join("\n")}`);
  }
  return { apiBaseUrl: parsed.data.VITE_API_BASE_URL };
}

export const env = readEnv();
