#!/usr/bin/env bash
# Installs what is missing and builds dealgraph into build/ (Release with debug info).
# DEALGRAPH_WERROR=ON (as the test command sets it) turns every warning into an error.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDEALGRAPH_WERROR="${DEALGRAPH_WERROR:-OFF}" >/dev/null
cmake --build build --parallel "$(nproc)"
