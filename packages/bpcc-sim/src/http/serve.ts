import { once } from "node:events";
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";

export interface Served {
  /** `http://127.0.0.1:41234`. */
  origin: string;
  /** Stops listening and closes every connection, hung ones included; safe to call twice. */
  close(): Promise<void>;
}

/** Listens on `host:port` (0: a free port) and answers how to reach and stop the server. */
export async function serve(app: RequestListener, port: number, host: string, keepAliveTimeoutMs?: number): Promise<Served> {
  const server = createServer(app);
  if (keepAliveTimeoutMs !== undefined) server.keepAliveTimeout = keepAliveTimeoutMs;
  server.listen(port, host);
  await once(server, "listening");
  const address = server.address() as AddressInfo;
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  let closing: Promise<void> | undefined;
  return {
    origin: `http://${shownHost}:${address.port}`,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
