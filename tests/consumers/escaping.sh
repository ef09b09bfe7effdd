#!/usr/bin/env bash
# Escaping, as a property test: tests/consumers/escape_corpus.cpp writes graphs whose
# names, labels, titles and quotes are 12,000 random strings built from the pieces that
# break writers (quotes, backslashes, line breaks, control characters, lone surrogates,
# invalid UTF-8, RTL marks, emoji, <, &, ]]>, noncharacters), in every format. Then:
# - serdi and rapper parse every Turtle, N-Triples, N-Quads and TriG file;
# - Oxigraph loads every RDF file, jsonld.js reads the JSON-LD, and every quote and label
#   reads back exactly as written (after the documented repairs);
# - every GraphML file is well-formed XML 1.0 and valid GraphML, and networkx reads back
#   each label with only the characters XML 1.0 forbids left out;
# - Graphviz parses every DOT file.
# A deliberately broken file must be caught by each reader.
#   tests/consumers/escaping.sh [DEALGRAPH] [ROOT] [ESCAPE_CORPUS]
source "$(dirname "$0")/common.sh"
source "$consumers_dir/npm-env.sh"
consumers_npm
[[ -x $escape_corpus ]] || { echo "FAIL: $escape_corpus is not built"; exit 1; }
corpus=$work/corpus
"$escape_corpus" "$corpus" 8 1500

syntax() { case $1 in ttl) echo turtle ;; nt) echo ntriples ;; nq) echo nquads ;; trig) echo trig ;; esac; }
strict_rapper() {  # rapper, failing on any error or warning it prints
  rapper -q -i "$(syntax "${1##*.}")" -c "$1" >"$work/rapper.log" 2>&1 && ! grep -q . "$work/rapper.log"
}
for file in "$corpus"/corpus-*.{ttl,nt,nq,trig}; do
  serdi -i "$(syntax "${file##*.}")" -o nquads "$file" >/dev/null || { echo "FAIL: serdi cannot parse $file"; exit 1; }
  strict_rapper "$file" || { echo "FAIL: rapper cannot parse $file"; cat "$work/rapper.log"; exit 1; }
done
echo "serdi and rapper parse all $(ls "$corpus"/corpus-*.{ttl,nt,nq,trig} | wc -l) Turtle, N-Triples, N-Quads and TriG files"

groups=()
for k in $(seq 0 7); do
  groups+=(${groups[0]+--} "$corpus/expected-$k.json" "$corpus/corpus-$k".{ttl,nt,nq,trig,jsonld})
done
node "$CONSUMERS" strings "${groups[@]}"

check_xml() {  # GRAPHML EXPECTED.json
  xmllint --noout --nonet "$1" || return 1
  xmllint --noout --nonet --schema "$consumers_dir/graphml-structure.xsd" "$1" 2>"$work/xmllint.log" ||
    { cat "$work/xmllint.log"; return 1; }
  /usr/bin/python3 - "$1" "$2" <<'PY'
import json, sys, networkx
graph = networkx.read_graphml(sys.argv[1])
expected = json.load(open(sys.argv[2], encoding="utf-8"))["labels"]
def xml_allowed(c):
    n = ord(c)
    return n in (9, 10, 13) or 0x20 <= n <= 0xD7FF or 0xE000 <= n <= 0xFFFD or 0x10000 <= n <= 0x10FFFF
labels = {data["iri"]: data.get("label", "") for _, data in graph.nodes(data=True)}
wrong = [iri for iri, text in expected.items() if labels.get(iri) != "".join(c for c in text if xml_allowed(c))]
assert not wrong, f"{len(wrong)} labels read back differently, e.g. {wrong[0]}: {labels.get(wrong[0])!r} for {expected[wrong[0]]!r}"
print(f"{sys.argv[1].rsplit('/', 1)[-1]}: well-formed, valid GraphML, {len(expected)} labels read back by networkx")
PY
}
for k in $(seq 0 7); do
  check_xml "$corpus/corpus-$k.graphml" "$corpus/expected-$k.json"
done
have_graphviz=""
if command -v nop >/dev/null; then
  have_graphviz=yes
  # nop is Graphviz's own reader and printer, without the cost of a layout.
  for file in "$corpus"/corpus-*.dot; do nop "$file" >/dev/null || { echo "FAIL: Graphviz cannot parse $file"; exit 1; }; done
  echo "Graphviz parses all 8 DOT files"
else
  echo "NOTE: Graphviz (dot) is not installed: the DOT files are not parsed"
fi

echo "== broken outputs"
broken=$work/broken
mkdir -p "$broken"
# A quote that ends the string early, as a writer that forgot to escape '"' would write.
awk '/dealgraph#quote> "/ && !done { sub(/dealgraph#quote> "/, "dealgraph#quote> \"\"\" "); done = 1 } { print }' \
  "$corpus/corpus-0.nt" >"$broken/corpus-0.nt"
expect_failure "N-Triples with an unescaped quote, read by serdi" serdi -i ntriples -o nquads "$broken/corpus-0.nt"
expect_failure "N-Triples with an unescaped quote, read by rapper" strict_rapper "$broken/corpus-0.nt"
expect_failure "N-Triples with an unescaped quote, read by Oxigraph" node "$CONSUMERS" load "$broken/corpus-0.nt"
# A raw line break inside a one-line string.
awk '/dealgraph#quote> "/ && !done { sub(/dealgraph#quote> "/, "dealgraph#quote> \"\n"); done = 1 } { print }' \
  "$corpus/corpus-0.nq" >"$broken/corpus-0.nq"
expect_failure "N-Quads with a raw line break in a string" node "$CONSUMERS" load "$broken/corpus-0.nq"
# A quote whose text changed: the read-back comparison must notice.
sed '0,/"quotes":{"1000":"/s//"quotes":{"1000":"changed /' "$corpus/expected-0.json" >"$broken/expected-0.json"
expect_failure "a quote that reads back differently" node "$CONSUMERS" strings "$broken/expected-0.json" "$corpus/corpus-0.ttl"
# An unescaped '<' and a raw control character in GraphML.
sed '0,/<data key="label">/s//<data key="label"><\x01/' "$corpus/corpus-0.graphml" >"$broken/corpus-0.graphml"
expect_failure "GraphML with a raw < and a control character" check_xml "$broken/corpus-0.graphml" "$corpus/expected-0.json"
if [[ -n $have_graphviz ]]; then
  awk '/label="/ && !done { sub(/label="/, "label=\"say \"hi\" "); done = 1 } { print }' \
    "$corpus/corpus-0.dot" >"$broken/corpus-0.dot"
  expect_failure "DOT with an unescaped quote in a label" nop "$broken/corpus-0.dot"
fi
echo "escaping: ok"
