#!/usr/bin/env bash
# Re-records tests/e2e/output-digests.txt from the current build, for a change that is meant to
# change output. Say in the commit why the outputs changed, with the dev scores before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build --target dealgraph >/dev/null
exec tests/e2e/output_digests.sh build/dealgraph . --update
