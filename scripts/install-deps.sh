#!/usr/bin/env bash
# Installs the Debian 12 packages dealgraph builds and tests with; does nothing when all are present.
set -euo pipefail

packages=(
  g++ cmake ninja-build pkg-config        # the toolchain
  libserd-dev serdi libsord-dev sordi     # RDF: Serd writes every RDF file, Sord reads Turtle back
  libboost-graph-dev                      # the graph model, consistency checks and path queries
  libicu-dev                              # normalisation, sentence segmentation, scripts, case folding
  libcld2-dev                             # language identification (Compact Language Detector 2): tags that are right or und
  nlohmann-json3-dev                      # JSON and JSON Lines input, report.json
  libcli11-dev                            # the command line
  catch2                                  # unit tests
  libbenchmark-dev time                   # benchmarks (GNU time reports peak memory)
  raptor2-utils libxml2-utils             # independent RDF and XML parsers used by the tests
  python3-networkx                        # an independent GraphML reader used by the tests
  clang libclang-rt-14-dev                # sanitizer builds and libFuzzer
  graphviz                                # the tests parse the DOT output; scripts/render-picture.sh draws docs/graph-*
  libcurl4-openssl-dev                    # dealgraph push: HTTP, TLS, basic and digest authentication
  libssl-dev                              # SHA-256 with the CPU's SHA instructions (fingerprints, the manifest)
  virtuoso-opensource-7-bin               # tests/e2e/virtuoso.sh: a real Virtuoso store to push into
  python3-distributed                     # tests/e2e/dask_shards.sh: shards as dask.distributed tasks (docs/scaling.md)
  sqlite3                                 # tests/consumers/csv_sqlite.sh: an independent reader of the CSV export
  help2man                                # the man page, generated from --help
)
# node and npm run the tests' npm consumers (Oxigraph, rdf-validate-shacl, jsonld.js); a Node.js
# already installed is kept (Debian's npm would pull Debian's older nodejs over it).
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi
echo "dealgraph: installing ${missing[*]}" >&2
sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
