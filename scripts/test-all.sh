#!/usr/bin/env bash
# The whole test suite: static checks, unit, integration (real PostgreSQL), e2e (real Chromium
# against `next start` on PostgreSQL and on PGlite). Needs a local PostgreSQL; .ci/run sets one up.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "types";        npx tsc --noEmit
step "lint";         npx eslint . --max-warnings=0
step "unit";         npx vitest run --config vitest.config.ts
step "integration";  npx vitest run --config vitest.integration.config.ts
step "build";        npx next build > "/tmp/launchpad-build${TEST_DB_SUFFIX:-}.log" 2>&1 || { cat "/tmp/launchpad-build${TEST_DB_SUFFIX:-}.log"; exit 1; }
step "e2e";          npx playwright test
