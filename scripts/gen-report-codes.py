#!/usr/bin/env python3
"""Rewrites the "## Codes" table of docs/report.md from the codes! table in src/codes.rs.
tests/vectors.rs checks that every code is listed, so run this after adding a code."""
import os, re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src = open(os.path.join(ROOT, "src", "codes.rs"), encoding="utf-8").read()
rows = re.findall(r'\n\s*(\w+) = "([a-z_0-9]+)", (\w+|Some\(Verdict::(\w+)\)),\s*\n\s*"([^"]*)", "([^"]*)";', src)
effects = {"NONE": "—", "UNREADABLE": "unreadable", "INVALID": "invalid", "INDETERMINATE": "indeterminate"}
named = {"Expired": "expired", "NotYetValid": "not_yet_valid", "Revoked": "revoked", "Suspended": "suspended"}
table = ["| code | forces | English | Nederlands |", "|---|---|---|---|"]
for _name, code, effect, verdict, en, nl in rows:
    table.append(f"| `{code}` | {effects.get(effect) or named.get(verdict, verdict)} | {en} | {nl} |")
path = os.path.join(ROOT, "docs", "report.md")
doc = open(path, encoding="utf-8").read()
start = doc.index("## Codes\n") + len("## Codes\n")
end = doc.index("\n## ", start)
doc = doc[:start] + "\n" + "\n".join(table) + "\n" + doc[end:]
open(path, "w", encoding="utf-8").write(doc)
print(f"{len(rows)} codes")
