// Checked by hand, not with zod: this module is on the sign-in page, which loads no zod (decision 008).
const API_BASE_URL_RULE = {
  pattern: /^\/(?!\/)/,
  message: "must be a path on this origin, e.g. /api (the BFF's cookies are same-origin)",
};

function readEnv() {
  const apiBaseUrl: unknown = import.meta.env.VITE_API_BASE_URL ?? "/api";
  if (typeof apiBaseUrl !== "string" || !API_BASE_URL_RULE.pattern.test(apiBaseUrl)) {
    throw new Error(`Invalid build configuration:\nVITE_API_BASE_URL: ${API_BASE_URL_RULE.message}`);
  }
  return { apiBaseUrl };
}

export const env = readEnv();
