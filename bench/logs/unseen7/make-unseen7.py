#!/usr/bin/env python3
"""Writes the seventh blind check set for template mining (issue 18): bench/logs/unseen7/<S>/<S>_2k.log, the ground
truth <S>_2k.log_structured.csv, <S>_2k.log_templates.csv and formats.json, in the layout of shared/data/loghub2k.

Deterministic: every system is generated from its own seeded random.Random (seed `unseen7/<S>`), so a rerun rewrites the
same bytes. Every line is checked against its system's log_format (the Loghub recipe: lazy fields, runs of spaces as
\\s+, anchored, on the stripped line; the Content must come back exactly) and against its ground-truth template; no two
statements share a template and no template keeps a free-standing number (all in ../blindset.py, shared with unseen3-6).

Statements live in sys7_a.py / sys7_b.py: a system is a dict with its log_format, a header writer (and optionally a
trailer writer for fields after the message) and a list of statements (level, component, text[, count]). In a
statement's text `{kind}` is a variable (a `<*>` in the truth, drawn with values7.draw), `{{` and `}}` are literal
braces; the optional fourth item fixes the count. A level or component written `a|b|c` is drawn per line (it is header,
not Content). Usage: make-unseen7.py [SYSTEM ...]   (no argument: every system, then formats.json)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(1, os.path.dirname(HERE))
from blindset import make_set  # noqa: E402
import values7  # noqa: E402
from sys7_a import SYSTEMS as A  # noqa: E402
from sys7_b import SYSTEMS as B  # noqa: E402


def main():
    make_set("unseen7", "seventh", {**A, **B}, values7.draw, HERE, sys.argv[1:])


if __name__ == "__main__":
    main()
