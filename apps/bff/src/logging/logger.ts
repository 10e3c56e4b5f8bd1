import { pino, type Logger, type DestinationStream } from "pino";
import { redactSecrets } from "./redact-secrets.ts";

/**
 * JSON lines on stdout. Every secret-named field is censored, whatever logs it and however deep:
 * cookies, the CSRF header, Authorization, passwords, the BPCC client secret and tokens. Requests
 * and responses are logged through serializers that keep no headers at all (http/request-logging.ts).
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "switchboard-bff" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { log: redactSecrets, bindings: redactSecrets },
    },
    destination,
  );
}
