#!/usr/bin/env bash
# Builds dealgraph and runs the whole test suite (unit, end-to-end and real-consumer tests),
# then the suite again under the sanitizers and a short run of every fuzz target.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
ctest --test-dir build --output-on-failure --parallel "$(nproc)"
./scripts/sanitize-and-fuzz.sh
