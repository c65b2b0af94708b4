import path from "node:path";
import { defineConfig } from "vitest/config";

// Date code that silently assumes UTC fails here.
process.env.TZ = "America/Los_Angeles";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["**/*.test.ts", "**/*.test.tsx"],
    exclude: ["**/*.int.test.ts", "node_modules/**", "e2e/**", ".next*/**", "lib/generated/**"],
    environment: "node",
  },
});
