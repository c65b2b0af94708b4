// The benchmark's bare write, outside the production app: one Prisma update round trip on the same
// database, with no validation and no authorization. Started by bench/run.ts as its own process
// (like `next start`), so the production build has no unauthenticated write route for it.
// Usage: tsx bench/baseline-server.ts <port>   (DATABASE_URL must be set)
import http from "node:http";
import { db } from "../lib/db/client";

const port = Number(process.argv[2]);

const server = http.createServer(async (request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  if (request.method === "GET" && url.pathname === "/ready") return void response.writeHead(204).end();
  const projectId = url.searchParams.get("projectId");
  if (request.method !== "POST" || url.pathname !== "/update" || !projectId) return void response.writeHead(404).end();
  try {
    await db.project.update({ where: { id: projectId }, data: { updatedAt: new Date() }, select: { id: true } });
    response.writeHead(204).end();
  } catch (error) {
    console.error(error);
    response.writeHead(500).end();
  }
});

server.listen(port, "127.0.0.1");
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => void db.$disconnect().then(() => process.exit(0))));
