#!/usr/bin/env python3
"""Writes the sixth blind check set for template mining (issue 18): bench/logs/unseen6/<S>/<S>_2k.log, the ground
truth <S>_2k.log_structured.csv, <S>_2k.log_templates.csv and formats.json, in the layout of shared/data/loghub2k.

Deterministic: every system is generated from its own seeded random.Random, so a rerun rewrites the same bytes.
Every line is checked against its system's log_format (built as the Loghub recipe builds it: lazy fields, runs of
spaces as \\s+, anchored, on the stripped line; the Content must come back exactly) and against its ground-truth
template (the template, `<*>` read as a lazy wildcard, must match the Content).

Statements live in sys6_a.py / sys6_b.py / sys6_c.py: a system is a dict with its log_format, a header writer and a
list of statements (level, component, text[, count]). In a statement's text `{kind}` is a variable (a `<*>` in the
truth, drawn with values6.draw), `{{` and `}}` are literal braces; the optional fourth item fixes the count. A level
or component written `a|b|c` is drawn per line (it is header, not Content); a header writer may fill `{kind}` slots in
its component with values6.expand. A system's `trailer` (text after the Content) may be a writer like the header.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(1, os.path.dirname(HERE))
from blindset import build_set, write_set  # noqa: E402
import values6  # noqa: E402
from sys6_a import SYSTEMS as A  # noqa: E402
from sys6_b import SYSTEMS as B  # noqa: E402
from sys6_c import SYSTEMS as C  # noqa: E402

LINES = 2000
ZIPF_S = 1.15


def write(name, system, out_dir):
    built = build_set(name, system, f"unseen6/{name}", values6.draw, LINES, ZIPF_S)
    return write_set(name, system, out_dir, built, LINES)


def main():
    systems = {**A, **B, **C}
    formats = {"_about": {"what": "unseen6: a sixth blind check set for template mining (issue 18); synthetic logs "
                                  "written by make-unseen6.py, layout as shared/data/loghub2k/formats.json",
                          "log_format": "as in loghub2k: <Field> is a lazy group, runs of spaces match \\s+, the "
                                        "rest is regex, anchored, applied to the stripped line"},
               "datasets": {}}
    only = set(sys.argv[1:])
    for name in sorted(systems):
        if only and name not in only:
            continue
        formats["datasets"][name] = write(name, systems[name], HERE)
        print(f"{name}: {formats['datasets'][name]['gt_templates']} templates")
    if not only:
        with open(os.path.join(HERE, "formats.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(formats, f, indent=1, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    main()
