// Node server start-up: (1) refuse to serve in production without AUTH_SECRET (lib/auth/secret.ts);
// (2) stamp every incoming request with its socket's address in PEER_HEADER, replacing any copy the
// client sent, because `next start` gives route handlers and server actions no access to the socket.
// lib/http/client-address.ts decides from it (and TRUSTED_PROXIES) which address a request is from.
import http from "node:http";
import { secretSource } from "@/lib/auth/secret";
import { parseTrustedProxies, PEER_HEADER } from "@/lib/http/client-address";

const STAMPED = Symbol.for("launchpad.peer-stamp");

export function registerNode() {
  const source = secretSource(process.env);
  if (source.kind === "refuse") {
    console.error(`\n[launchpad] ${source.message}\n`);
    process.exit(1);
  }
  parseTrustedProxies(process.env.TRUSTED_PROXIES); // a typo stops the start, not the first request

  const proto = http.Server.prototype as http.Server & { [STAMPED]?: true };
  if (proto[STAMPED]) return;
  proto[STAMPED] = true;
  const emit = proto.emit;
  // Patched on the prototype so it also covers the server `next start` created before this hook ran.
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      delete request.headers[PEER_HEADER];
      const peer = request.socket?.remoteAddress;
      if (peer) request.headers[PEER_HEADER] = peer;
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof proto.emit;
}
