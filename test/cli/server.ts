import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** A throwaway HTTP server on 127.0.0.1 (port 0) serving `routes` by path. */
export async function serve(routes: Record<string, Route>): Promise<{ base: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const route = routes[new URL(req.url!, 'http://x').pathname];
    if (route) route(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () => new Promise((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}
