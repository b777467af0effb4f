#!/usr/bin/env python3
"""Writes the fifth blind check set for template mining (issue 18): bench/logs/unseen5/<S>/<S>_2k.log, the ground
truth <S>_2k.log_structured.csv, <S>_2k.log_templates.csv and formats.json, in the layout of shared/data/loghub2k.

Deterministic: every system is generated from its own seeded random.Random, so a rerun rewrites the same bytes.
Every line is checked against its system's log_format (built as the Loghub recipe builds it: lazy fields, runs of
spaces as \\s+, anchored, on the stripped line; the Content must come back exactly) and against its ground-truth
template (the template, `<*>` read as a lazy wildcard, must match the Content).

Statements live in sys5_a.py / sys5_b.py / sys5_c.py: a system is a dict with its log_format, a header writer and a
list of statements (level, component, text[, count]). In a statement's text `{kind}` is a variable (a `<*>` in the
truth, drawn with values5.draw), `{{` and `}}` are literal braces; the optional fourth item fixes the count. A level
or component written `a|b|c` is drawn per line (it is header, not Content); a header writer may fill `{kind}` slots in
its component with values5.expand. A system's `trailer` (text after the Content) may be a writer like the header.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(1, os.path.dirname(HERE))
from blindset import make_set  # noqa: E402
import values5  # noqa: E402
from sys5_a import SYSTEMS as A  # noqa: E402
from sys5_b import SYSTEMS as B  # noqa: E402
from sys5_c import SYSTEMS as C  # noqa: E402


def main():
    make_set("unseen5", "fifth", {**A, **B, **C}, values5.draw, HERE, sys.argv[1:])


if __name__ == "__main__":
    main()
