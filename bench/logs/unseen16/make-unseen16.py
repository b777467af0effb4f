#!/usr/bin/env python3
"""Writes the sixteenth blind check set for template mining (issue 18): bench/logs/unseen16/<S>/<S>_2k.log, the ground
truth <S>_2k.log_structured.csv, <S>_2k.log_templates.csv and formats.json, in the layout of shared/data/loghub2k.

Deterministic: every system is generated from its own seeded random.Random (seed `unseen16/<S>`), so a rerun rewrites the
same bytes. Every line is checked against its system's log_format (the Loghub recipe: lazy fields, runs of spaces as
\\s+, anchored, on the stripped line; the Content must come back exactly) and against its ground-truth template; no two
statements share a template and no template keeps a free-standing number (all in ../blindset.py, shared with unseen3-15).

Statements live in sys16_a.py / sys16_b.py: a system is a dict with its log_format, a header writer and a list of
statements (level, component, text[, count]). In a statement's text `{kind}` is a variable (a `<*>` in the truth, drawn
with values16.draw; `{=a|b}` is a word with a few values), `{{` and `}}` are literal braces; the optional fourth item
fixes the count. A level or component written `a|b|c` is drawn per line (it is header, not Content). A free-standing
number written in a statement's literal text (a port `:5984`, an error number `18456`, `(32)`) is a value by the
ground-truth convention even when it shows one value, so it is read as `{=N}` (a `<*>` in the truth, drawn as N).
Usage: make-unseen16.py [SYSTEM ...]   (no argument: every system, then formats.json)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(1, os.path.dirname(HERE))
from blindset import FREE_NUMBER, SLOT, make_set  # noqa: E402
import values16  # noqa: E402
from sys16_a import SYSTEMS as A  # noqa: E402
from sys16_b import SYSTEMS as B  # noqa: E402


def numbers_as_values(text):
    """Rewrites each free-standing number of the literal pieces of a statement as a one-value slot `{=N}`."""
    out, pos = [], 0
    for m in SLOT.finditer(text):
        out.append(FREE_NUMBER.sub(lambda n: "{=" + n.group(0) + "}", text[pos:m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(FREE_NUMBER.sub(lambda n: "{=" + n.group(0) + "}", text[pos:]))
    return "".join(out)


def main():
    systems = {**A, **B}
    for system in systems.values():
        system["statements"] = [(s[0], s[1], numbers_as_values(s[2])) + tuple(s[3:]) for s in system["statements"]]
    make_set("unseen16", "sixteenth", systems, values16.draw, HERE, sys.argv[1:])


if __name__ == "__main__":
    main()
