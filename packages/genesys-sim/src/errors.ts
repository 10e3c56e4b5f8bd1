/**
 * GWS status codes (the notes' table). Every body carries one; 0 is success.
 */
export const STATUS = {
  ok: 0,
  missingParameter: 1,
  invalidState: 2,
  forbidden: 3,
  internalError: 4,
  noPermission: 5,
  notFound: 6,
  partialSuccess: 7,
  passwordChangeDemanded: 8,
  invalidValue: 10,
  readOnly: 11,
  alreadyExists: 18,
  inUse: 19,
  notAuthenticated: 20,
} as const;

/** The HTTP status a code travels with, unless the HTTP-200 envelope quirk is on. */
const HTTP_STATUS: Record<number, number> = { 1: 400, 2: 400, 3: 403, 4: 500, 5: 403, 6: 404, 10: 400, 11: 400, 18: 403, 19: 403, 20: 401 };

export function httpStatusOf(code: number): number {
  return HTTP_STATUS[code] ?? 400;
}

/** A failure the simulated server reports the way GWS does: `{statusCode, statusMessage}`. */
export class GwsError extends Error {
  readonly code: number;
  /** The seed's documented examples send some codes as strings (`"18"` on a taken userName). */
  readonly documentedAsString: boolean;

  constructor(code: number, message: string, documentedAsString = false) {
    super(message);
    this.name = "GwsError";
    this.code = code;
    this.documentedAsString = documentedAsString;
  }
}

export const notFound = (what: string): GwsError => new GwsError(STATUS.notFound, `${what} not found`);
export const missingParameter = (name: string): GwsError => new GwsError(STATUS.missingParameter, `Missing parameter: ${name}`);
export const invalidValue = (name: string, why = "invalid value"): GwsError => new GwsError(STATUS.invalidValue, `Invalid value for ${name}: ${why}`);
export const readOnly = (name: string): GwsError => new GwsError(STATUS.readOnly, `Property ${name} is read-only`);
