import { once } from "node:events";
import { createServer, request, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface UpstreamCall {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  requestBody: string;
  responseBody: string;
}

/**
 * Sits between the BFF and the simulator and writes down every request the upstream receives (its
 * headers and body) and every answer, so a test can see exactly what crossed that line.
 */
export async function startRecordingProxy(target: string) {
  const calls: UpstreamCall[] = [];
  const server = createServer((incoming, outgoing) => {
    const call: UpstreamCall = { method: incoming.method ?? "", url: incoming.url ?? "", headers: incoming.headers, requestBody: "", responseBody: "" };
    calls.push(call);
    const forward = request(new URL(call.url, target), { method: call.method, headers: incoming.headers }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.on("data", (chunk: Buffer) => {
        call.responseBody += chunk.toString("utf8");
        outgoing.write(chunk);
      });
      answer.on("end", () => outgoing.end());
      answer.on("error", () => outgoing.destroy());
    });
    // The simulator dropped the connection, or the BFF gave up waiting: pass it on either way.
    forward.on("error", () => outgoing.destroy());
    outgoing.on("close", () => forward.destroy());
    incoming.on("data", (chunk: Buffer) => (call.requestBody += chunk.toString("utf8")));
    incoming.pipe(forward);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
