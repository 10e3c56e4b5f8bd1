import type { Capabilities, DirectoryEntry } from "@switchboard/contracts";

/**
 * The port the services call, in the product's own words. One adapter per contact-center platform
 * (BPCC now, Genesys later); upstream URLs and wire shapes stay behind it.
 */
export interface Platform {
  readonly capabilities: Capabilities;
  /** Proves the upstream is reachable and accepts our credentials (readiness). */
  checkReady(): Promise<void>;
  listDirectory(): Promise<DirectoryEntry[]>;
}
