#!/usr/bin/env bash
# The bad-input catalogue (issue 8), through the real CLI: each input that cannot be used is
# named on standard error with its reason and listed in report.json under "skipped"; inputs
# that can be repaired or converted are built (and said so on standard error); the run goes on
# and exits 0; every good input is built. Also: a 200 MB single line (.txt and .jsonl) is
# skipped with memory bounded, and HTML nested 100,000 levels deep is built.
set -euo pipefail
dealgraph=$1
root=$2
py=/usr/bin/python3
work=$(mktemp -d)
trap 'chmod -R u+rwX "$work" 2>/dev/null || true; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
[[ -x $py ]] || { echo "SKIPPED: $py is needed to write the bad inputs and read report.json"; exit 77; }

in=$work/in        # a corpus folder full of trouble, with good articles among it
named=$work/named  # binary files named on the command line under their real extensions
mkdir -p "$in/sub" "$named"
cp "$root"/examples/es-*.txt "$root"/examples/en-*.html "$in/"

# Binary files: a real gzip made with gzip, a small well-formed PDF and PNG.
printf 'Nvidia said on Monday it would invest $5 billion in Intel.\n' | gzip -c >"$named/news.txt.gz"
cp "$named/news.txt.gz" "$in/gzipped.txt"
"$py" - "$in" "$named" <<'PY'
import struct, sys, zlib
from pathlib import Path
corpus, named = Path(sys.argv[1]), Path(sys.argv[2])
good = "Nvidia said on Monday it would invest $5 billion in Intel, taking a stake of about 4%. "

# A minimal PDF 1.4 with one page, cross-reference table and trailer.
objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
           b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"]
pdf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
offsets = []
for i, body in enumerate(objects, 1):
    offsets.append(len(pdf))
    pdf += b"%d 0 obj\n" % i + body + b"\nendobj\n"
xref = len(pdf)
pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
pdf += b"".join(b"%010d 00000 n \n" % o for o in offsets)
pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
(named / "report.pdf").write_bytes(pdf)
(corpus / "attachment.html").write_bytes(pdf)  # a PDF under an article's extension

# A 1x1 PNG with its chunks and CRCs.
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)) + \
      chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b"")
(named / "chart.png").write_bytes(png)
(corpus / "image.txt").write_bytes(png)

(corpus / "empty.txt").write_bytes(b"")

# Invalid UTF-8: lone continuation bytes, overlong forms, encoded surrogates.
bad = b"\x80 lone continuation, \xbf another, \xc0\xaf overlong slash, \xe0\x80\xaf overlong, \xed\xa0\x80 surrogate. "
(corpus / "few-bad-bytes.txt").write_bytes(good.encode() * 3 + bad + good.encode() * 3)
(corpus / "many-bad-bytes.txt").write_bytes((b"\x80\xbf\xc0\xaf\xed\xa0\x80\xed\xbf\xbf " * 200) + good.encode())

# UTF-16 with a byte-order mark, both byte orders.
(corpus / "utf16le.txt").write_bytes("\ufeff".encode("utf-16-le") + good.encode("utf-16-le"))
(corpus / "utf16be.txt").write_bytes("\ufeff".encode("utf-16-be") + good.encode("utf-16-be"))

# GBK and Big5 Chinese.
zh = "英伟达周一表示，将向英特尔投资50亿美元，持股约4%。这是两家芯片公司之间的重要合作，消息公布后英特尔股价上涨。"
zh_hant = "輝達週一表示，將向英特爾投資50億美元，持股約4%。這是兩家晶片公司之間的重要合作，消息公布後英特爾股價上漲。"
(corpus / "gbk.txt").write_bytes(zh.encode("gbk"))
(corpus / "big5.txt").write_bytes(zh_hant.encode("big5"))
# Korean in EUC-KR is not Chinese: refused, not turned into wrong Chinese.
(corpus / "euc-kr.txt").write_bytes("삼성전자는 엔비디아에 고대역폭 메모리를 공급하기로 합의했다고 밝혔다.".encode("euc-kr"))

# NUL bytes: a few are dropped, a file full of them is binary.
(corpus / "few-nuls.txt").write_bytes(good.encode() + b"\x00\x00\x00" + good.encode())
(corpus / "many-nuls.txt").write_bytes(b"\x00".join(bytes([c]) for c in good.encode() * 4))

# HTML nested 100,000 levels deep, closed and unclosed.
sentence = "<p>Nvidia said on Monday it would invest $5 billion in Intel.</p>"
(corpus / "deep.html").write_text("<html><body>" + "<div>" * 100000 + sentence + "</div>" * 100000 + "</body></html>")
(corpus / "deep-unclosed.html").write_text("<html><body>" + "<div><span><b>" * 100000 + sentence)

# JSON Lines: good records, wrong types, missing and empty text, bad JSON, a truncated last line.
(corpus / "feed.jsonl").write_text(
    '{"id": "feed-good-1", "text": "Nvidia said on Monday it would invest $5 billion in Intel."}\n'
    '{"id": "feed-number", "text": 42}\n'
    '{"id": {"nested": true}, "text": "AMD agreed to supply chips to OpenAI."}\n'
    '{"id": "feed-no-text", "title": "A headline and nothing else"}\n'
    '\n'
    '{"id": "feed-empty", "text": ""}\n'
    '["an", "array"]\n'
    '{"id": "feed-good-2", "body": "Oracle signed a $30 billion cloud contract with OpenAI."}\n'
    '{"id": "feed-truncated", "text": "Nvidia said it would inv')
PY

# Folders: a symbolic link loop, a link back to the root, a dangling link, a FIFO.
ln -s .. "$in/sub/up"
ln -s ../sub "$in/sub/self"
ln -s missing-article.txt "$in/dangling.txt"
mkfifo "$in/pipe.txt"
cp "$root"/examples/pt-br-*.txt "$in/sub/"

set +e
"$dealgraph" build "$in" "$named/report.pdf" "$named/chart.png" "$named/news.txt.gz" -o "$work/out" \
  >"$work/stdout" 2>"$work/stderr"
code=$?
set -e
[[ $code -eq 0 ]] || { cat "$work/stderr"; fail "bad inputs must not fail the run (exit $code)"; }

"$py" - "$work/out/report.json" "$work/stderr" "$in" "$named" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
stderr = open(sys.argv[2], encoding="utf-8", errors="replace").read()
corpus, named = sys.argv[3] + "/", sys.argv[4] + "/"
def short(path):
    return path.replace(corpus, "").replace(named, "named/")
skipped = {short(s["source"]): s["reason"] for s in report["skipped"]}
built = {short(b["source"]): b for b in report["built"]}
failures = []

expect_skipped = {  # input: words its reason must contain
    "empty.txt": "empty file",
    "image.txt": "binary file (a PNG image)",
    "gzipped.txt": "binary file (gzip-compressed data)",
    "attachment.html": "binary file (a PDF document)",
    "named/report.pdf": "binary file (a PDF document)",
    "named/chart.png": "binary file (a PNG image)",
    "named/news.txt.gz": "binary file (gzip-compressed data)",
    "many-bad-bytes.txt": "not UTF-8 text (",
    "euc-kr.txt": "not UTF-8 text (",
    "many-nuls.txt": "binary file (",
    "feed.jsonl:2": 'field "text" is a number, not a string',
    "feed.jsonl:3": 'field "id" is an object, not a string or number',
    "feed.jsonl:4": "record has no text field",
    "feed.jsonl:6": 'field "text" is empty',
    "feed.jsonl:7": "record is an array, not a JSON object",
    "feed.jsonl:9": "truncated",
    "sub/up": "symbolic link loop",
    "sub/self": "symbolic link loop",
    "dangling.txt": "dangling symbolic link",
    "pipe.txt": "named pipe (FIFO)",
}
expect_built = {  # input: (language, least deals) or None
    "es-anthropic-microsoft-nvidia.txt": None, "en-softbank-openai.html": None, "sub/pt-br-oracle-openai.txt": None,
    "few-bad-bytes.txt": ("en", 1), "few-nuls.txt": ("en", 1),
    "utf16le.txt": ("en", 1), "utf16be.txt": ("en", 1),
    "gbk.txt": ("zh-Hans", 1), "big5.txt": ("zh-Hant", 1),
    "deep.html": ("en", 1), "deep-unclosed.html": ("en", 1),
    "feed.jsonl:1": ("en", 1), "feed.jsonl:8": (None, 1),  # too short to tell its language
}
expect_notes = {  # input: what standard error says was done to read it
    "few-bad-bytes.txt": "invalid UTF-8 sequences replaced by U+FFFD", "few-nuls.txt": "3 NUL or control bytes dropped",
    "utf16le.txt": "converted from UTF-16LE", "utf16be.txt": "converted from UTF-16BE",
    "gbk.txt": "converted from GB18030", "big5.txt": "converted from Big5",
}
for source, words in expect_skipped.items():
    reason = skipped.get(source)
    if reason is None:
        failures.append(f"{source} should be listed as skipped ({words}); built: {source in built}")
    elif words not in reason:
        failures.append(f"{source}: reason {reason!r} should say {words!r}")
    path = (named + source[6:]) if source.startswith("named/") else corpus + source
    if f"skipped {path}: {reason}" not in stderr:
        failures.append(f"{source} should be named on standard error with its reason")
for source, want in expect_built.items():
    entry = built.get(source)
    if entry is None:
        failures.append(f"{source} should be built; skipped: {skipped.get(source)}")
    elif want and ((want[0] and entry["language"] != want[0]) or entry["deals"] < want[1]):
        failures.append(f"{source}: built as {entry['language']} with {entry['deals']} deals, expected {want}")
for source, words in expect_notes.items():
    if not any(source in line and words in line for line in stderr.splitlines()):
        failures.append(f"standard error should say of {source}: {words}")
unexpected = sorted(set(skipped) - set(expect_skipped))
if unexpected:
    failures.append(f"unexpected skips: {[(s, skipped[s]) for s in unexpected]}")
if report["inputs"]["articles"] != len(expect_built):
    failures.append(f"articles built: {report['inputs']['articles']}, expected {len(expect_built)}")
if failures:
    print("\n".join("FAIL: " + f for f in failures))
    print("--- standard error ---\n" + stderr)
    sys.exit(1)
print(f"catalogue: {len(expect_skipped)} skipped with reasons, {len(expect_built)} built, notes for {len(expect_notes)}")
PY

# The repaired file's text carries U+FFFD where the bad bytes were; the GBK one reads as Chinese.
"$dealgraph" explain "$in/few-bad-bytes.txt" >"$work/explain-repaired.json" 2>/dev/null
grep -q '� lone continuation, � another, �� overlong slash' "$work/explain-repaired.json" ||
  fail "repaired bytes should read as U+FFFD"
"$dealgraph" explain "$in/gbk.txt" >"$work/explain-gbk.json" 2>/dev/null
grep -q '将向英特尔投资50亿美元' "$work/explain-gbk.json" || fail "the GBK article should read as Chinese"
grep -qE 'org:intel\b' "$work/out/graph.ttl" || fail "the graph should hold what the good inputs say"

# Named on the command line, a dangling link is a missing input: exit 1 with a one-line message.
set +e
"$dealgraph" build "$in/dangling.txt" -o "$work/out-dangling" 2>"$work/err-dangling"; code=$?
set -e
[[ $code -eq 1 ]] || fail "a dangling link named on the command line should exit 1, got $code"
grep -q "dangling.txt: dangling symbolic link" "$work/err-dangling" || fail "the message should name the dangling link"

# Unreadable files. Root reads a chmod 000 file, so as root the case runs as nobody (setpriv)
# when it can, and is reported as not run otherwise.
locked=$work/locked
mkdir -p "$locked/closed"
cp "$root"/examples/es-*.txt "$locked/"
printf 'Nvidia said on Monday it would invest $5 billion in Intel.\n' >"$locked/secret.txt"
cp "$locked/secret.txt" "$locked/closed/inside.txt"
chmod 000 "$locked/secret.txt" "$locked/closed"
as_user=()
if [[ $(id -u) -eq 0 ]]; then
  if command -v setpriv >/dev/null && id nobody >/dev/null 2>&1; then
    as_user=(setpriv --reuid="$(id -u nobody)" --regid="$(id -g nobody)" --clear-groups)
    chmod 755 "$work" "$locked"
    mkdir -p "$work/out-locked" && chmod 777 "$work/out-locked"
  else
    echo "NOT RUN: unreadable files (running as root, and setpriv or the nobody user is missing)"
  fi
fi
if [[ $(id -u) -ne 0 || ${#as_user[@]} -gt 0 ]]; then
  if ! "${as_user[@]}" "$dealgraph" build "$locked/es-anthropic-microsoft-nvidia.txt" -o "$work/out-locked" -q \
      >/dev/null 2>&1; then
    echo "NOT RUN: unreadable files (dealgraph or its ontology cannot be reached as an unprivileged user)"
  else
    set +e
    "${as_user[@]}" "$dealgraph" build "$locked" -o "$work/out-locked" 2>"$work/err-locked" >/dev/null; code=$?
    set -e
    [[ $code -eq 0 ]] || { cat "$work/err-locked"; fail "unreadable files should not fail the run (exit $code)"; }
    grep -q "skipped $locked/secret.txt: cannot open for reading: Permission denied" "$work/err-locked" ||
      { cat "$work/err-locked"; fail "an unreadable file should be named with the reason"; }
    grep -q "skipped $locked/closed: cannot read folder: Permission denied" "$work/err-locked" ||
      { cat "$work/err-locked"; fail "an unreadable folder should be named with the reason"; }
    grep -q '"source": ".*secret.txt"' "$work/out-locked/report.json" || fail "report.json should list the unreadable file"
    grep -q '"articles": 1' "$work/out-locked/report.json" || fail "the readable article should be built"
    echo "unreadable file and folder: skipped with reasons"
  fi
fi
chmod 755 "$locked/closed" && chmod 644 "$locked/secret.txt"

# A 200 MB single line, in a .txt and in a .jsonl among good records: skipped as larger than
# --max-article-bytes, with peak memory far below the file's size.
big=$work/big
mkdir -p "$big"
"$py" - "$big" <<'PY'
import sys
from pathlib import Path
big = Path(sys.argv[1])
block = (b"Nvidia said on Monday it would invest $5 billion in Intel. " * (1 << 15))[:1 << 20]  # 1 MiB
with open(big / "huge.txt", "wb") as f:
    for _ in range(200): f.write(block)
with open(big / "huge.jsonl", "wb") as f:
    f.write(b'{"id": "before", "text": "Nvidia said on Monday it would invest $5 billion in Intel."}\n')
    f.write(b'{"id": "huge", "text": "')
    for _ in range(200): f.write(block)
    f.write(b'"}\n')
    f.write(b'{"id": "after", "text": "AMD agreed to supply chips to OpenAI."}\n')
PY
measure() {  # measure NAME ARGS...: runs a build, prints its peak resident memory in kB
  local name=$1
  shift
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -v "$dealgraph" build "$@" -o "$work/out-$name" 2>"$work/err-$name" >/dev/null
    sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/err-$name"
  else
    "$dealgraph" build "$@" -o "$work/out-$name" 2>"$work/err-$name" >/dev/null
    echo 0
  fi
}
# The ceilings are above what a build of one short article takes (the knowledge files loaded;
# more under the sanitizers), so they measure what the huge line adds, not the lexicon's size.
mkdir -p "$work/small"
echo '{"id": "small", "text": "AMD agreed to supply chips to OpenAI."}' >"$work/small/one.jsonl"
base=$(measure small "$work/small")
for limit in 1000000 default; do
  args=("$big")
  [[ $limit == default ]] || args+=(--max-article-bytes "$limit")
  rss=$(measure "big-$limit" "${args[@]}")
  grep -q "skipped $big/huge.txt: larger than --max-article-bytes (209" "$work/err-big-$limit" ||
    { cat "$work/err-big-$limit"; fail "the 200 MB .txt should be skipped as too large ($limit)"; }
  grep -q "skipped $big/huge.jsonl:2: record larger than --max-article-bytes (209" "$work/err-big-$limit" ||
    { cat "$work/err-big-$limit"; fail "the 200 MB JSON Lines record should be skipped as too large ($limit)"; }
  grep -q '"articles": 2' "$work/out-big-$limit/report.json" || fail "the records around the huge one should be built"
  # With a 1 MB limit nothing large is held; with the default (64 MiB) at most one limit's worth.
  ceiling=$((base + $([[ $limit == default ]] && echo 300000 || echo 100000)))
  if [[ $rss -eq 0 ]]; then
    echo "NOT RUN: peak memory ($limit limit; /usr/bin/time is missing)"
  elif [[ $rss -gt $ceiling ]]; then
    fail "peak memory $rss kB with a 200 MB line and limit $limit (ceiling $ceiling kB)"
  else
    echo "200 MB line, limit $limit: skipped, peak memory $((rss / 1024)) MB"
  fi
done
echo "bad inputs end to end: ok"
