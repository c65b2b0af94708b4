import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const config: NextConfig = {
  // Parallel builds (tests, benchmark) may use their own output directory.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // `npm run bench` builds with BENCH_PAGES=1 so its minimal dynamic page (app/bench-baseline/page.bench.tsx)
  // exists in that build only; the production build never routes to it.
  pageExtensions: process.env.BENCH_PAGES === "1" ? ["tsx", "ts", "jsx", "js", "bench.tsx"] : ["tsx", "ts", "jsx", "js"],
  // Without this PGlite's wasm loader receives a URL where it expects a path at runtime.
  serverExternalPackages: ["@electric-sql/pglite", "@react-pdf/renderer"],
  // Type checking runs once, in `npm test` (tsc --noEmit), not again inside every build.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders() }];
  },
};

export default withNextIntl(config);
