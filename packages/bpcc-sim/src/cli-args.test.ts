import { describe, expect, it } from "vitest";
import { parseCliArgs } from "./cli-args.ts";

describe("parseCliArgs", () => {
  it("reads the documented flags into simulator options", () => {
    expect(parseCliArgs(["--port", "8090", "--users", "2000", "--latency", "20", "--seed", "42", "--client-id", "me", "--client-secret", "s", "--scope", "t.example"])).toEqual({
      kind: "serve",
      options: { port: 8090, host: "127.0.0.1", users: 2000, latencyMs: 20, seed: 42, clientId: "me", clientSecret: "s", scope: "t.example" },
    });
  });

  it("defaults to port 8090 on 127.0.0.1, and tolerates pnpm's `--` separator", () => {
    expect(parseCliArgs(["--", "--jitter", "200"])).toEqual({ kind: "serve", options: { port: 8090, host: "127.0.0.1", jitterMs: 200 } });
  });

  it("answers --help", () => {
    expect(parseCliArgs(["-h"])).toEqual({ kind: "help" });
  });

  it.each([
    [["--bogus"], /Unknown option '--bogus'/],
    [["--users", "5"], /--users must be at least 10/],
    [["--users", "many"], /--users must be a whole number/],
    [["--port", "70000"], /--port must be at most 65535/],
    [["--latency"], /argument missing/],
    [["stray"], /positional/i],
  ])("refuses %j with a message naming the problem", (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
