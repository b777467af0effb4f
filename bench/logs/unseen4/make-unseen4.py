#!/usr/bin/env python3
"""Writes the fourth blind check set for template mining (issue 18): bench/logs/unseen4/<S>/<S>_2k.log, the ground
truth <S>_2k.log_structured.csv, <S>_2k.log_templates.csv and formats.json, in the layout of shared/data/loghub2k.

Deterministic: every system is generated from its own seeded random.Random, so a rerun rewrites the same bytes.
Every line is checked against its system's log_format (built as the Loghub recipe builds it: lazy fields, runs of
spaces as \\s+, anchored, on the stripped line; the Content must come back exactly) and against its ground-truth
template (the template, `<*>` read as a lazy wildcard, must match the Content).

Statements live in sys4_a.py / sys4_b.py / sys4_c.py: a system is a dict with its log_format, a header writer and a
list of statements (level, component, text[, count]). In a statement's text `{kind}` is a variable (a `<*>` in the
truth, drawn with values4.draw), `{{` and `}}` are literal braces; the optional fourth item fixes the count. A level
or component written `a|b|c` is drawn per line (it is header, not Content).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(1, os.path.dirname(HERE))
from blindset import make_set  # noqa: E402
import values4  # noqa: E402
from sys4_a import SYSTEMS as A  # noqa: E402
from sys4_b import SYSTEMS as B  # noqa: E402
from sys4_c import SYSTEMS as C  # noqa: E402


def main():
    make_set("unseen4", "fourth", {**A, **B, **C}, values4.draw, HERE, sys.argv[1:])


if __name__ == "__main__":
    main()
