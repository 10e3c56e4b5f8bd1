import { pino, type Logger, type DestinationStream } from "pino";

const SECRET_KEYS = ["password", "newPassword", "clientSecret", "client_secret", "accessToken", "access_token", "token", "csrfToken", "cookie", "authorization"];

/**
 * Every path that could carry a secret is censored, whatever logs it: cookies, the CSRF header,
 * Authorization, passwords, the BPCC client secret and tokens — at the top of a log object as well as
 * nested in it (pino's `*.key` alone skips the top level).
 */
export const REDACT_PATHS = [
  "req.headers.cookie",
  "req.headers.authorization",
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  ...SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "switchboard-bff" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    },
    destination,
  );
}
