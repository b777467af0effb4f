#!/usr/bin/env python3
"""Scores classify-incidents.sh output (stdin) against a judged-types table (argument): per file hit or miss, then totals.
A file judged 'log' whose single line is an error message also counts when read as stack-trace/error-message (noted in the table)."""
import sys

judged = {}
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    f, t, *note = line.rstrip("\n").split("\t")
    judged[f] = (t, note[0] if note else "")

hits = lenient = total = 0
for line in sys.stdin:
    f, t, fmt, findings = line.rstrip("\n").split("\t")
    want, note = judged[f]
    total += 1
    ok = t == want
    also = not ok and "error-message also acceptable" in note and fmt == "error-message"
    hits += ok
    lenient += ok or also
    if not ok:
        print(f"miss  {f}: {t}/{fmt} (judged {want}{'; ' + note if note else ''})")
print(f"{hits} of {total} files as judged ({100 * hits / total:.0f} %); {lenient} counting a one-line error log read as an error message")
