#!/usr/bin/env python3
"""Flags ground-truth templates of this set that break the convention in ways a reader can see in the string alone: a
`<*>` with a unit or letters glued after it (`<*>ms`: the convention has `12ms` as one value), two wildcards with nothing
between them, and, for a second look, a letter prefix before a `<*>` (`v<*>`, `s<*>`: the convention keeps a prefix in front
of a number, so these are listed, not failed). A constant that varies across lines cannot occur: every line is drawn from
its statement and checked against its template by make-unseen16.py.

Usage: check-truth16.py   (exit 1 when a glued unit or `<*><*>` is found)
"""
import csv
import glob
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for path in sorted(glob.glob(os.path.join(HERE, "*", "*_2k.log_templates.csv"))):
    system = os.path.basename(os.path.dirname(path))
    for row in csv.DictReader(open(path, encoding="utf-8")):
        t = row["EventTemplate"]
        for m in re.finditer(r"<\*>[A-Za-z0-9]|<\*><\*>", t):
            bad += 1
            print(f"GLUED   {system} {row['EventId']}: {m.group(0)!r} in {t[:140]}")
        for m in re.finditer(r"[A-Za-z0-9]<\*>", t):
            print(f"PREFIX  {system} {row['EventId']}: {m.group(0)!r} in {t[:140]}")
for path in sorted(glob.glob(os.path.join(HERE, "*", "*_2k.log_structured.csv"))):
    system = os.path.basename(os.path.dirname(path))
    seen = {}
    for row in csv.DictReader(open(path, encoding="utf-8")):
        t = row["EventTemplate"]
        words = t.split(" ")
        toks = row["Content"].split(" ")
        if len(toks) != len(words):
            continue
        for k, (w, tok) in enumerate(zip(words, toks)):
            if "<*>" not in w and w != tok:
                bad += 1
                print(f"VARIES  {system} {row['EventId']}: token {k} {tok!r} where the template keeps {w!r}")
raise SystemExit(1 if bad else 0)
