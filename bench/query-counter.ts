// A PostgreSQL wire-protocol relay that counts the statements passing through it, so the bench can
// count every query a page sends — session, access check, layout and page together — from outside
// the server (the in-process counter of tests/support/query-count.ts sees only the loaders it
// wraps, and no per-request cache). Bytes are forwarded unchanged; the relay only reads message
// headers. A statement is an Execute ('E', extended protocol) or a simple Query ('Q').
import net from "node:net";

export type QueryCounter = { port: number; count: () => number; close: () => Promise<void> };

export async function startQueryCounter(target: { host: string; port: number }): Promise<QueryCounter> {
  let statements = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    sockets.add(client).add(upstream);
    let buffered = Buffer.alloc(0);
    // The startup packet (and an SSLRequest before it) has no type byte; every later message does.
    let startup = true;
    client.on("data", (chunk) => {
      upstream.write(chunk);
      buffered = Buffer.concat([buffered, chunk]);
      for (;;) {
        if (startup) {
          if (buffered.length < 8) break;
          const length = buffered.readInt32BE(0);
          if (buffered.length < length) break;
          const code = buffered.readInt32BE(4);
          buffered = buffered.subarray(length);
          // 80877103: SSLRequest, 80877104: GSSENCRequest — the real startup packet follows.
          if (code !== 80877103 && code !== 80877104) startup = false;
          continue;
        }
        if (buffered.length < 5) break;
        const length = buffered.readInt32BE(1);
        if (buffered.length < 1 + length) break;
        const type = String.fromCharCode(buffered[0]);
        if (type === "E" || type === "Q") statements++;
        buffered = buffered.subarray(1 + length);
      }
    });
    upstream.on("data", (chunk) => client.write(chunk));
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("close", close).on("error", close);
    upstream.on("close", close).on("error", close);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    count: () => statements,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
