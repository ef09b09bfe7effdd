#!/usr/bin/python3
"""unescape_nt.py IN OUT: N-Triples from sordi escape non-ASCII as \\uXXXX and \\UXXXXXXXX;
the tests grep the graph by name, so they read it with the escapes decoded."""
import re
import sys

text = open(sys.argv[1], encoding="utf-8").read()
text = re.sub(r"\\U([0-9A-Fa-f]{8})|\\u([0-9A-Fa-f]{4})", lambda m: chr(int(m.group(1) or m.group(2), 16)), text)
open(sys.argv[2], "w", encoding="utf-8").write(text)
