// Runs once when a server starts (Next's instrumentation hook). Node-only work lives in
// instrumentation-node.ts so the edge bundle never sees node:http.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { registerNode } = await import("./instrumentation-node");
    registerNode();
  }
}
