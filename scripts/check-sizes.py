#!/usr/bin/env python3
"""Prints the longest functions and files under src/ and fails when one is over the limits.

A function is a brace block whose head ends in a parameter list (or a constructor's
initialiser list) and which sits directly in a namespace, a class or the file: lambdas and
local classes count towards the function that holds them. Lengths are in lines, from the
line of the head's closing parenthesis to the closing brace. A file whose first lines say
`// size-check: data table` holds data, not logic, and is not held to the file limit.

    scripts/check-sizes.py [--max-function N] [--max-file N] [--top K] [ROOT]
"""
import argparse
import pathlib
import re
import sys

CONTROL = re.compile(r"\b(if|for|while|switch|catch|do|else|try)\s*(\(|$)")
SCOPE = re.compile(r"\b(namespace|class|struct|union|enum)\b[^()]*$")


def strip_code(text):
    """Blanks out comments, string and character literals, keeping line breaks."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i)); i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j])); i = j
        elif c == "R" and text.startswith('R"', i) and (i == 0 or not (text[i-1].isalnum() or text[i-1] == "_")):
            open_paren = text.find("(", i)
            delim = text[i + 2:open_paren]
            j = text.find(")" + delim + '"', open_paren)
            j = n if j < 0 else j + len(delim) + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j])); i = j
        elif c in "\"'":
            if c == "'" and i > 0 and text[i-1].isalnum():  # digit separator: 1'000'000
                out.append(" "); i += 1; continue
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            out.append(re.sub(r"[^\n]", " ", text[i:j])); i = j
        else:
            out.append(c); i += 1
    return "".join(out)


def functions(path):
    code = strip_code(path.read_text(encoding="utf-8"))
    scopes = []  # per open brace: "scope" (namespace/class/file level) or "function" or "inner"
    head_start = 0
    line = 1
    found = []
    for i, c in enumerate(code):
        if c == "\n":
            line += 1
        elif c == "{":
            head = code[head_start:i]
            in_scope = all(kind == "scope" for kind, _, _ in scopes)
            flat = " ".join(head.split())
            if in_scope and SCOPE.search(flat) and not flat.endswith(")"):
                scopes.append(("scope", line, ""))
            elif in_scope and ")" in flat and not CONTROL.search(flat.split(")")[-1] + " ") and "=" not in flat.split("(")[0]:
                name = re.findall(r"([~\w:]+(?:<[^()]*>)?|operator\S+)\s*\(", flat)
                scopes.append(("function", line - head[head.rfind(")"):].count("\n") if ")" in head else line,
                               name[0] if name else "?"))
            elif in_scope and re.search(r"\bextern\s*$", flat):
                scopes.append(("scope", line, ""))
            else:
                scopes.append(("inner", line, ""))
            head_start = i + 1
        elif c == "}":
            if scopes:
                kind, start, name = scopes.pop()
                if kind == "function":
                    found.append((line - start + 1, name, start))
            head_start = i + 1
        elif c == ";":
            head_start = i + 1
        elif c == ":" and i + 1 < len(code) and code[i+1] != ":" and code[i-1] != ":":
            # "public:", "private:" and labels end a head; a constructor's ": member(x)" does not
            before = code[head_start:i].split()
            if before and before[-1] in ("public", "private", "protected", "default") :
                head_start = i + 1
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("root", nargs="?", default=pathlib.Path(__file__).resolve().parent.parent / "src")
    parser.add_argument("--max-function", type=int, default=120)
    parser.add_argument("--max-file", type=int, default=700)
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args()
    root = pathlib.Path(args.root)
    sources = sorted(p for p in root.rglob("*") if p.suffix in (".cpp", ".hpp", ".h", ".cc"))
    all_functions, all_files, failures = [], [], []
    for path in sources:
        rel = path.relative_to(root.parent) if root.parent in path.parents else path
        text = path.read_text(encoding="utf-8")
        lines = text.count("\n")
        table = "size-check: data table" in "\n".join(text.splitlines()[:5])
        all_files.append((lines, str(rel), table))
        if lines > args.max_file and not table:
            failures.append(f"{rel}: {lines} lines (the limit is {args.max_file})")
        for length, name, start in functions(path):
            all_functions.append((length, f"{rel}:{start}", name))
            if length > args.max_function:
                failures.append(f"{rel}:{start}: {name} is {length} lines (the limit is {args.max_function})")
    print(f"Longest functions (limit {args.max_function} lines):")
    for length, where, name in sorted(all_functions, reverse=True)[:args.top]:
        print(f"  {length:5d}  {name}  {where}")
    print(f"Longest files (limit {args.max_file} lines):")
    for lines, rel, table in sorted(all_files, reverse=True)[:args.top]:
        print(f"  {lines:5d}  {rel}{'  (data table)' if table else ''}")
    print(f"{len(sources)} files, {len(all_functions)} functions")
    if failures:
        print("Over the limits:", file=sys.stderr)
        for failure in failures:
            print("  " + failure, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
