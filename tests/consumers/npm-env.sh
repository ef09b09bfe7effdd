# Sourced by the consumer tests: makes the npm packages of tests/consumers/package.json
# (Oxigraph, rdf-validate-shacl, jsonld.js, rdf-canonize) available, installing them once
# into a cache folder outside the source tree:
#   ${DEALGRAPH_TEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dealgraph-test}
# It reinstalls when package.json changes. Without node and npm the calling test is skipped
# (exit 77) with a message; a failed install fails the test.
consumers_npm() {
  local here cache stamp
  here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "SKIPPED: node and npm are not installed, so the npm consumers (Oxigraph, rdf-validate-shacl, jsonld.js) cannot run"
    exit 77
  fi
  cache=${DEALGRAPH_TEST_CACHE:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/dealgraph-test}
  mkdir -p "$cache"
  stamp=$(sha256sum "$here/package.json" | cut -c1-64)
  (
    # Tests run in parallel: one installs while the others wait.
    flock 9
    if [[ $(cat "$cache/.installed" 2>/dev/null) != "$stamp" ]]; then
      echo "installing the npm consumers into $cache" >&2
      cp "$here/package.json" "$cache/package.json"
      rm -f "$cache/.installed"
      if ! (cd "$cache" && npm install --silent --no-audit --no-fund --no-package-lock >"$cache/npm.log" 2>&1); then
        echo "FAIL: npm install in $cache failed:" >&2
        tail -20 "$cache/npm.log" >&2
        exit 1
      fi
      echo "$stamp" >"$cache/.installed"
    fi
  ) 9>"$cache/.lock" || exit 1
  export DEALGRAPH_NODE_MODULES=$cache/node_modules
  CONSUMERS=$here/rdf-consumers.mjs
}
