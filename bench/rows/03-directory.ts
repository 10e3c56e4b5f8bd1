import { gunzipSync } from "node:zlib";
import { rawRequest } from "../lib/http.ts";
import { progress } from "../lib/log.ts";
import type { SignedIn } from "../lib/bff-client.ts";
import type { Bff } from "../lib/processes.ts";
import { verdict, type Row } from "../lib/row.ts";
import { percentile, round } from "../lib/stats.ts";

const REQUESTS = 200;
const TARGET_P50_MS = 30;
const TARGET_BYTES_PER_USER = 25;
const TARGET = "p50 ≤ 30 ms warm; 304 on revalidation; ≤ 25 B/user compressed";

type Measured = Awaited<ReturnType<Row["run"]>>;

/**
 * One fetch fills the BFF's directory cache; then 200 sequential requests, each timed from sending
 * to its last byte, with the browser's `Accept-Encoding: gzip` (the figure is gzip's). The body's
 * size is what crossed the wire, per user of the answer. Last, the ETag sent back must get a 304.
 * The BFF keeps the directory 30 s: the 200 requests fit inside that, so all are served warm.
 */
export const directoryRow: Row = {
  id: 3,
  what: "Directory at 20,000 users: GET /api/directory warm, then revalidated",
  target: TARGET,
  async run(ctx) {
    return measureDirectory(await ctx.bff(), await ctx.adminSession(), 3);
  },
};

/** The same measurement on the Genesys BFF, whose directory comes from GWS's paged user list with devices. */
export const genesysDirectoryRow: Row = {
  id: 11,
  what: "Genesys directory at 20,000 users: GET /api/directory warm, then revalidated",
  target: TARGET,
  async run(ctx) {
    return measureDirectory(await ctx.genesys.bff(), await ctx.genesys.adminSession(), 11);
  },
};

async function measureDirectory(bff: Bff, session: SignedIn, row: number): Promise<Measured> {
  const url = `${bff.baseUrl}/api/directory`;
  const headers = { Cookie: session.cookie, Accept: "application/json", "Accept-Encoding": "gzip" };

  const cold = await rawRequest(url, { headers });
  if (cold.status !== 200) throw new Error(`GET /api/directory answered ${cold.status}`);
  const users = (JSON.parse(gunzipIfNeeded(cold.body, cold.headers["content-encoding"])) as { users: unknown[] }).users.length;
  progress(`row ${row}: first fetch ${cold.ms.toFixed(0)} ms (${users} users); ${REQUESTS} warm requests`);
  const times: number[] = [];
  let last = cold;
  for (let i = 0; i < REQUESTS; i++) {
    last = await rawRequest(url, { headers });
    if (last.status !== 200) throw new Error(`warm GET /api/directory answered ${last.status}`);
    times.push(last.ms);
  }
  const encoding = String(last.headers["content-encoding"] ?? "identity");
  const wireBytes = last.body.length;
  const jsonBytes = gunzipIfNeeded(last.body, encoding).length;
  const perUser = wireBytes / users;

  const etag = String(last.headers["etag"] ?? "");
  const revalidated = await rawRequest(url, { headers: { ...headers, "If-None-Match": etag } });
  const brotli = await rawRequest(url, { headers: { ...headers, "Accept-Encoding": "br" } });

  const p50 = percentile(times, 50);
  const pass = p50 <= TARGET_P50_MS && revalidated.status === 304 && perUser <= TARGET_BYTES_PER_USER && encoding === "gzip";
  return {
    figure: `p50 ${p50.toFixed(1)} ms; ${revalidated.status}; ${perUser.toFixed(1)} B/user`,
    baseline: `cold ${cold.ms.toFixed(0)} ms`,
    ratio: "—",
    result: verdict(pass),
    note:
      `${users.toLocaleString("en-US")} users: ${(wireBytes / 1024).toFixed(0)} KiB ${encoding} (${(jsonBytes / 1024).toFixed(0)} KiB JSON); ` +
      `p90 ${percentile(times, 90).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms; revalidation ${revalidated.status} in ${revalidated.ms.toFixed(1)} ms; ` +
      `br would be ${(brotli.body.length / users).toFixed(1)} B/user (${String(brotli.headers["content-encoding"] ?? "identity")})`,
    data: {
      users,
      requests: REQUESTS,
      coldMs: round(cold.ms, 1),
      p50Ms: round(p50, 2),
      p90Ms: round(percentile(times, 90), 2),
      maxMs: round(Math.max(...times), 2),
      encoding,
      wireBytes,
      jsonBytes,
      bytesPerUser: round(perUser, 2),
      revalidation: { status: revalidated.status, ms: round(revalidated.ms, 2), etag },
      brotli: { encoding: brotli.headers["content-encoding"] ?? "identity", bytes: brotli.body.length },
    },
  };
}

function gunzipIfNeeded(body: Buffer, encoding: string | string[] | undefined): string {
  return (encoding === "gzip" ? gunzipSync(body) : body).toString("utf8");
}
