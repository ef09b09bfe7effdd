#!/usr/bin/env bash
# Builds dealgraph with warnings as errors and runs the whole test suite (unit, end-to-end and
# real-consumer tests), then the suite again under the sanitizers and a short run of every fuzz
# target, and checks that no function or file under src/ outgrows its limit.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEALGRAPH_WERROR=ON
./scripts/build.sh
python3 scripts/check-sizes.py --top 5
ctest --test-dir build --output-on-failure --parallel "$(nproc)"
./scripts/sanitize-and-fuzz.sh
