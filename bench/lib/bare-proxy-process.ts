// A child process of the bench: the least a Node proxy can do for row 1's read. node:http in,
// node:http out through a keep-alive agent, the Bearer token added, the answer piped back: no
// session, no parsing, no logging. Prints one JSON line (its base URL) and serves until SIGTERM.
import { Agent, createServer, request } from "node:http";

const upstream = new URL(process.env["BARE_PROXY_UPSTREAM"] ?? "");
const authorization = `Bearer ${process.env["BARE_PROXY_TOKEN"] ?? ""}`;
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

const server = createServer((req, res) => {
  const forwarded = request(
    {
      host: upstream.hostname,
      port: upstream.port,
      path: req.url,
      method: req.method,
      agent,
      headers: { accept: req.headers.accept ?? "application/json", authorization },
    },
    (answer) => {
      const length = answer.headers["content-length"];
      res.writeHead(answer.statusCode ?? 502, {
        "content-type": answer.headers["content-type"] ?? "application/json",
        ...(length ? { "content-length": length } : {}),
      });
      answer.pipe(res);
    },
  );
  forwarded.on("error", () => {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  });
  forwarded.end();
});

server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  process.stdout.write(`${JSON.stringify({ baseUrl: `http://127.0.0.1:${port}` })}\n`);
});
const stop = () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
