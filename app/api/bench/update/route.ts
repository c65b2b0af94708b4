import { touchProject } from "@/lib/health/mutations";

// Only for `npm run bench` (LAUNCHPAD_BENCH=1): the bare update the autosave action is compared with.
export async function POST(request: Request) {
  if (process.env.LAUNCHPAD_BENCH !== "1") return new Response("Not found", { status: 404 });
  const projectId = new URL(request.url).searchParams.get("projectId");
  if (!projectId) return new Response("projectId required", { status: 400 });
  await touchProject(projectId);
  return new Response(null, { status: 204 });
}
