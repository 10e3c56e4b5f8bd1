/**
 * How long the SPA waits for any answer of the BFF. The BFF answers each request within its own
 * deadline (BPCC_REQUEST_DEADLINE_MS), which must end well before this one: a person should read the
 * BFF's account of a platform that does not answer, not the browser's guess that the BFF is gone.
 */
export const SPA_REQUEST_TIMEOUT_MS = 20_000;

/** The longest request deadline the BFF accepts: room for its answer to reach the SPA in time. */
export const LONGEST_REQUEST_DEADLINE_MS = SPA_REQUEST_TIMEOUT_MS - 2_000;
