import { describe, expect, it } from "vitest";
import { parseCliArgs } from "./cli-args.ts";

describe("parseCliArgs", () => {
  it("reads the documented flags into simulator options", () => {
    expect(
      parseCliArgs(["--port", "8091", "--users", "2000", "--seed", "7", "--context-path", "/gws", "--username", "me@example.com", "--password", "pw", "--no-csrf", "--status-codes", "strings", "--errors-http-200", "--latency", "20", "--jitter", "5"]),
    ).toEqual({
      kind: "serve",
      options: { port: 8091, host: "127.0.0.1", users: 2000, seed: 7, contextPath: "/gws", username: "me@example.com", password: "pw", csrf: false, statusCodes: "strings", errorsWithHttp200: true, latencyMs: 20, jitterMs: 5 },
    });
  });

  it("defaults to port 8091 on 127.0.0.1, and tolerates pnpm's `--` separator", () => {
    expect(parseCliArgs(["--"])).toEqual({ kind: "serve", options: { port: 8091, host: "127.0.0.1" } });
  });

  it("answers --help", () => {
    expect(parseCliArgs(["-h"])).toEqual({ kind: "help" });
  });

  it.each([
    [["--bogus"], /Unknown option '--bogus'/],
    [["--users", "5"], /--users must be at least 10/],
    [["--users", "many"], /--users must be a whole number/],
    [["--port", "70000"], /--port must be at most 65535/],
    [["--status-codes", "loud"], /--status-codes must be documented, strings or numbers/],
    [["--context-path", "gws"], /--context-path/],
    [["stray"], /positional/i],
  ])("refuses %j with a message naming the problem", (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
