import { fireAtOnce } from "../lib/http.ts";
import { progress } from "../lib/log.ts";
import { verdict, type Row } from "../lib/row.ts";

const REQUESTS = 1_000;

/**
 * A fresh BFF (no token yet), one sign-in (local: it never calls the upstream), then 1,000 user
 * reads fired at once, each on its own connection. The simulator's call counter says how many
 * token requests reached it.
 */
export const tokenSingleFlightRow: Row = {
  id: 2,
  what: "Token single flight: 1,000 concurrent first requests after start",
  target: "exactly 1 token request",
  async run(ctx) {
    const bff = await ctx.restartBff();
    const sim = await ctx.sim();
    const ids = await ctx.loginIds();
    const session = await ctx.adminSession();
    await sim.control("DELETE", "/calls");

    progress(`firing ${REQUESTS} concurrent GET /api/users/:loginId at the fresh BFF`);
    const urls = Array.from({ length: REQUESTS }, (_, i) => `${bff.baseUrl}/api/users/${encodeURIComponent(ids[(i * 17) % ids.length] ?? "user")}`);
    const { statuses, seconds } = await fireAtOnce(urls, { Cookie: session.cookie, Accept: "application/json" });
    const calls = await sim.callCounts();
    const tokenCalls = calls["POST /oauth/token"] ?? 0;
    const userCalls = calls["GET /user/:username"] ?? 0;
    const ok = statuses["200"] ?? 0;
    return {
      figure: `${tokenCalls} token request${tokenCalls === 1 ? "" : "s"}`,
      baseline: "—",
      ratio: "—",
      result: verdict(tokenCalls === 1 && ok === REQUESTS),
      note: `${ok}/${REQUESTS} answered 200 in ${seconds.toFixed(1)} s (${JSON.stringify(statuses)}); the simulator saw ${tokenCalls} POST /oauth/token and ${userCalls} GET /user/:username`,
      data: { requests: REQUESTS, statuses, tokenCalls, userCalls, seconds, calls },
    };
  },
};
