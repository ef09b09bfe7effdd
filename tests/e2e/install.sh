#!/usr/bin/env bash
# `cmake --install` into a temporary prefix: the binary in bin/, the ontology in
# share/dealgraph/ontology, the man page in share/man/man1 (when help2man made it) and the bash
# completion in share/bash-completion/completions; the installed binary, run from elsewhere,
# finds its ontology and builds the examples to the bytes of the build tree's binary, and the
# installed completion completes commands and options.
#   tests/e2e/install.sh DEALGRAPH ROOT BUILD_DIR
set -euo pipefail
dealgraph=$(realpath "$1")
root=$(cd "$2" && pwd)
build=$(cd "$3" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

cmake --install "$build" --prefix "$work/prefix" >"$work/install.log" 2>&1 || { cat "$work/install.log"; fail "cmake --install failed"; }
prefix=$work/prefix
[[ -x $prefix/bin/dealgraph ]] || fail "no bin/dealgraph"
[[ -f $prefix/share/dealgraph/ontology/dealgraph.ttl && -d $prefix/share/dealgraph/ontology/rules/deals ]] ||
  fail "the ontology is not in share/dealgraph/ontology"
[[ -f $prefix/share/bash-completion/completions/dealgraph ]] || fail "no bash completion"
if grep -q "dealgraph.1" "$work/install.log"; then
  man_page=$prefix/share/man/man1/dealgraph.1
  [[ -s $man_page ]] || fail "the man page is listed but empty"
  grep -q '^\.SS subgraph' "$man_page" || fail "the man page has no section for subgraph"
  if command -v man >/dev/null; then
    MANPAGER=cat man -l "$man_page" 2>/dev/null | grep -q "max-hops" || fail "man cannot show the page"
  fi
else
  echo "NOTE: no man page was installed (help2man was not found when the build was configured)"
fi

# Run from a folder with no ontology/ and no DEALGRAPH_ONTOLOGY: the installed ontology is used.
mkdir -p "$work/elsewhere"
(cd "$work/elsewhere" && env -u DEALGRAPH_ONTOLOGY "$prefix/bin/dealgraph" build "$root/examples" -o installed -q)
(cd "$work" && env -u DEALGRAPH_ONTOLOGY "$dealgraph" build "$root/examples" -o tree -q --ontology "$root/ontology")
cmp -s "$work/elsewhere/installed/graph.ttl" "$work/tree/graph.ttl" || fail "the installed binary builds another graph.ttl"
(cd "$work/elsewhere" && "$prefix/bin/dealgraph" path Nvidia OpenAI --graph installed >/dev/null) || fail "the installed path failed"

# The installed completion.
PATH=$prefix/bin:$PATH
source "$prefix/share/bash-completion/completions/dealgraph"
complete_words() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=(); _dealgraph; echo "${COMPREPLY[*]}"; }
[[ $(complete_words dealgraph bu) == build ]] || fail "completion of 'bu': $(complete_words dealgraph bu)"
[[ $(complete_words dealgraph path --max) == --max-hops ]] || fail "completion of 'path --max': $(complete_words dealgraph path --max)"
[[ $(complete_words dealgraph build x --format ttl,gr) == ttl,graphml ]] || fail "completion of a format list"
[[ $(complete_words dealgraph subgraph --si) == --since ]] || fail "completion of 'subgraph --si'"
echo "install end to end: ok"
