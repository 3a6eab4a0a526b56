#!/usr/bin/env bash
# The whole test suite from a fresh clone: OS packages, npm packages, format check, build, type checks, lint,
# generated-code check, all tests. Any step that fails stops the run before the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/os-deps.sh
npm ci --no-audit --no-fund
npm run format:check
npm run build
npm run typecheck:tests
# Type-aware lint reads the built declarations of the @vigil packages, so it runs after the build.
npm run lint
npm run check:cycles
npm run check:tables
npm run proto:check
mkdir -p artifacts
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=artifacts/vitest.json || status=$?
node scripts/test-summary.mjs artifacts/vitest.json || status=1
exit $status
