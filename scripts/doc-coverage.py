#!/usr/bin/env python3
"""Lists public declarations without a `///` comment in the libraries' sources.

Usage: scripts/doc-coverage.py [--max N] [--list]
Prints the coverage per target; with --list, every undocumented declaration (file:line);
with --max N, exits 1 when more than N are undocumented (a ratchet for CI). A declaration
counts as documented when the lines above it, past attributes, hold a `///` comment. Members
of a public extension or type are counted when they say `public` themselves. Generated files
(a "DO NOT EDIT" header) are skipped: their generator is checked instead.
"""
import os, re, sys

TARGETS = ["Sources/OKX", "Sources/OKXStreams", "Sources/OKXSimulator"]
DECL = re.compile(r'^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:public|open)\s+(?:(?:final|static|class|override|mutating|nonisolated|convenience|required|indirect)\s+)*'
                  r'(func|init|var|let|struct|enum|class|protocol|typealias|actor|subscript|case)\b')

def undocumented(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    if any("DO NOT EDIT" in l for l in lines[:5]):
        return None, []
    missing, total = [], 0
    for i, line in enumerate(lines):
        if not DECL.match(line) or line.lstrip().startswith("//"):
            continue
        if re.match(r'^\s*public\s+(extension)\b', line):
            continue
        total += 1
        j = i - 1
        while j >= 0 and (lines[j].strip().startswith("@") or lines[j].strip() == ""):
            if lines[j].strip() == "":
                break
            j -= 1
        if j < 0 or not lines[j].strip().startswith("///"):
            missing.append(f"{path}:{i + 1}: {line.strip()[:100]}")
    return total, missing

def main():
    listing = "--list" in sys.argv
    limit = int(sys.argv[sys.argv.index("--max") + 1]) if "--max" in sys.argv else None
    all_missing, grand = [], 0
    for target in TARGETS:
        count, missing = 0, []
        for root, _, files in os.walk(target):
            for name in sorted(files):
                if name.endswith(".swift"):
                    total, m = undocumented(os.path.join(root, name))
                    if total is not None:
                        count += total
                        missing += m
        grand += count
        all_missing += missing
        covered = count - len(missing)
        print(f"{target}: {covered}/{count} public declarations documented ({100 * covered // max(count, 1)} %)")
    if listing:
        print("\n".join(all_missing))
    if limit is not None and len(all_missing) > limit:
        print(f"error: {len(all_missing)} public declarations lack a /// comment (at most {limit} allowed)", file=sys.stderr)
        return 1
    return 0

sys.exit(main())
