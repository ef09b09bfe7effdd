#!/usr/bin/env bash
# The main job: build dealgraph, then turn examples/ into out/graph.ttl, out/graph.graphml and out/report.json.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
./build/dealgraph build examples -o out
