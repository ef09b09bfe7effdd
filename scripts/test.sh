#!/usr/bin/env bash
# Builds dealgraph and runs the whole test suite (unit, end-to-end and real-consumer tests).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
ctest --test-dir build --output-on-failure --parallel "$(nproc)"
