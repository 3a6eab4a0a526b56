#!/usr/bin/env bash
# The whole test suite from a fresh clone: OS packages, npm packages, build, generated-code check, all tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/os-deps.sh
npm ci --no-audit --no-fund
npm run build
npm run typecheck:tests
npm run proto:check
mkdir -p artifacts
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=artifacts/vitest.json || status=$?
node scripts/test-summary.mjs artifacts/vitest.json || status=1
exit $status
