#!/usr/bin/env bash
# Makes the man page dealgraph.1 from the program's own help: help2man reads `dealgraph --help`
# and `--version`, and a COMMANDS section adds `dealgraph help CMD` for every command.
#   scripts/man-page.sh DEALGRAPH OUT.1 [HELP2MAN]
set -euo pipefail
dealgraph=$1
out=$2
help2man=${3:-help2man}
command -v "$help2man" >/dev/null || { echo "man-page.sh: help2man is not installed; no man page" >&2; exit 1; }
include=$(mktemp)
trap 'rm -f "$include"' EXIT
# roff: a backslash is \e; a line may not start with a dot or an apostrophe.
roff() { sed -e 's/\\/\\e/g' -e "s/^\([.']\)/\\\\\&\1/"; }
{
  echo "[COMMANDS]"
  "$dealgraph" --help | awk '/^Subcommands:/ { on = 1; next } on && NF { sub(/,$/, "", $1); print $1 }' | while read -r command; do
    [[ $command == help ]] && continue
    echo ".SS $command"
    echo ".nf"
    "$dealgraph" help "$command" | roff
    echo ".fi"
  done
  echo "[SEE ALSO]"
  echo "The README and docs/ of the dealgraph sources: docs/loading.md, docs/csv.md, docs/gephi.md."
} >"$include"
"$help2man" --no-info --section=1 --name="knowledge graph of AI-chip and compute deals from multilingual news" \
  --include="$include" --output="$out.tmp" "$dealgraph"
mv "$out.tmp" "$out"
