import { fileURLToPath } from "node:url";

/** The BFF's entry point: reads the configuration, opens the store, listens. */
export const SERVER_ENTRY = fileURLToPath(new URL("../server.ts", import.meta.url));

/**
 * Node's settings for the BFF's process, wherever it is started for real (`pnpm start`, the package's
 * start script, the bench). Under 200 busy clients they keep it at about 180 MB instead of 400–600 MB
 * (bench row 9; docs/decisions/009-the-bffs-memory.md). By hand:
 * `MALLOC_ARENA_MAX=2 MALLOC_MMAP_THRESHOLD_=131072 node --max-semi-space-size=16 --heap-growing-percent=20 apps/bff/src/server.ts`.
 */
export const NODE_FLAGS: readonly string[] = [
  // The young generation grows to 3 × 32 MB by default; what the BFF allocates per request dies young anyway.
  // 16 MB, not 8: fewer scavenges, each request's objects less often caught alive by one (bench row 1: 9% less
  // CPU per read, 6 interleaved rounds), for a row 9 peak of ~211 MB (32 MB: 256 MB, over its 250 MB budget).
  "--max-semi-space-size=16",
  // The old generation may grow to 1.2 × what survived the last full collection, not up to 4 ×.
  "--heap-growing-percent=20",
];

/**
 * glibc's malloc (mallopt(3)): at most two arenas, where it would keep one per thread (the libuv pool,
 * V8's collector threads) and rarely give their memory back; and blocks of 128 KiB or more always
 * mapped on their own, so that scrypt's 16 MiB per sign-in is returned when the hash is done instead
 * of staying in an arena (200 sign-ins: +70 MB with neither, +14 MB with both).
 */
export const PROCESS_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: "2", MALLOC_MMAP_THRESHOLD_: "131072" };

/** `node` arguments that start the BFF with its settings; `extra` goes before the entry point (e.g. --cpu-prof). */
export function serverArgs(extra: readonly string[] = []): string[] {
  return [...NODE_FLAGS, ...extra, SERVER_ENTRY];
}
